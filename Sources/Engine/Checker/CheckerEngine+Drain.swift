import LoadBalancer

extension CheckerEngine {
    /// `vigil ctl drain|undrain`: every real server the selector names is drained or undrained in the
    /// planner; the table that follows keeps a drained server at weight 0.
    mutating func drain(_ selector: RealServerSelector, isDrained: Bool) -> [CheckerEffect] {
        let ids = selector.matches(in: planner.virtualServers)
        guard !ids.isEmpty else {
            return [.log(.warning("\(isDrained ? "Drain" : "Undrain") \(selector): no such real server"))]
        }
        var effects: [CheckerEffect] = []
        for id in ids {
            let label = virtualServers[id.virtualServer].map {
                KeepalivedCheckerWording.service(id.address, port: id.port, in: $0.definition)
            } ?? "[\(id.address)]:\(id.port)"
            let line =
                planner.isDrained(id) == isDrained
                ? "\(label) of VS \(id.virtualServer) is already \(isDrained ? "drained" : "undrained")"
                : isDrained
                    ? "Draining \(label) of VS \(id.virtualServer): weight 0 until undrained"
                    : "Undraining \(label) of VS \(id.virtualServer): back to its weight"
            effects.append(.log(.info(line)))
            effects += plan(changePlanner(.drainChanged(id, isDrained: isDrained)))
        }
        return effects
    }
}
