extension StatusDocument {
    /// The one line systemd shows in `systemctl status` (STATUS=): what runs and in which states,
    /// e.g. `Running: 2 VRRP instances (1 MASTER, 1 BACKUP), 3 virtual servers`.
    public var serviceStatusLine: String {
        var parts: [String] = []
        let counts = State.allCases.compactMap { state -> String? in
            let n = instances.filter { $0.state == state }.count
            return n == 0 ? nil : "\(n) \(state.rawValue)"
        }
        let noun = instances.count == 1 ? "instance" : "instances"
        parts.append("\(instances.count) VRRP \(noun)" + (counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))"))
        if !virtualServers.isEmpty {
            parts.append("\(virtualServers.count) virtual server\(virtualServers.count == 1 ? "" : "s")")
        }
        return "Running: " + parts.joined(separator: ", ")
    }
}
