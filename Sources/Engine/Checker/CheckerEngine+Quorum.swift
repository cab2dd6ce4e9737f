import LoadBalancer

extension CheckerEngine {
    /// Logs the planner's quorum and sorry-server changes in keepalived's order (`update_quorum_state`):
    /// the quorum line, the sorry-server lines, and then the `quorum_up`/`quorum_down` scripts.
    func plan(_ actions: [LoadBalancerPlanner.Action]) -> [CheckerEffect] {
        var effects: [CheckerEffect] = []
        var scripts: [CheckerEffect] = []
        for action in actions {
            switch action {
            case .quorumGained(let id, let weightSum, _, let initial):
                guard let virtualServer = virtualServers[id] else { continue }
                let policy = virtualServer.definition.quorumPolicy
                effects.append(
                    .log(
                        .info(
                            KeepalivedCheckerWording.quorumGained(
                                id, policy: policy, weightSum: weightSum, initial: initial))))
                if let script = virtualServer.quorumUp { scripts.append(.runScript(script, purpose: .quorumUp(id))) }
            case .quorumLost(let id, let weightSum, _, let initial):
                guard let virtualServer = virtualServers[id] else { continue }
                let policy = virtualServer.definition.quorumPolicy
                effects.append(
                    .log(
                        .info(
                            KeepalivedCheckerWording.quorumLost(
                                id, policy: policy, weightSum: weightSum, initial: initial))))
                if let script = virtualServer.quorumDown {
                    scripts.append(.runScript(script, purpose: .quorumDown(id)))
                }
            case .sorryServerEntered(let id):
                effects += sorryServerLines(id, entered: true)
            case .sorryServerLeft(let id):
                effects += sorryServerLines(id, entered: false)
            case .ignored(let reason):
                effects.append(.log(.debug(reason)))
            }
        }
        return effects + scripts
    }

    private func sorryServerLines(_ id: VirtualServerID, entered: Bool) -> [CheckerEffect] {
        guard let definition = virtualServers[id]?.definition, let sorry = definition.sorryServer else { return [] }
        let port = sorry.port ?? definition.serviceKeys.first?.port ?? 0
        let label = KeepalivedCheckerWording.service(sorry.address, port: port, in: definition)
        let lines =
            entered
            ? KeepalivedCheckerWording.sorryServerEntered(label, of: id, inhibit: sorry.inhibit)
            : KeepalivedCheckerWording.sorryServerLeft(label, of: id, inhibit: sorry.inhibit)
        return lines.map { .log(.info($0)) }
    }
}
