/// The human rendering of `vigil status`: the instances, then each virtual server with its real
/// servers' health, weight and last check.
public enum StatusTable {
    public static func render(_ document: StatusDocument) -> String {
        var lines = [headline(document)]
        lines += instances(document)
        lines += syncGroups(document)
        lines += virtualServers(document)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func headline(_ document: StatusDocument) -> String {
        var parts = ["Vigil \(document.routerID)", "data plane: \(document.dataPlane)"]
        if let uptime = document.uptimeSeconds { parts.append("up \(duration(uptime))") }
        if let alerts = document.alerts {
            parts.append("alerts: \(alerts.delivered) sent, \(alerts.failed) failed, \(alerts.queued) queued")
        }
        return parts.joined(separator: " | ")
    }

    private static func instances(_ document: StatusDocument) -> [String] {
        guard !document.instances.isEmpty else { return ["", "VRRP instances: none"] }
        var table = TextTable(header: [
            "INSTANCE", "STATE", "WANTED", "PRIORITY", "VRID", "INTERFACE", "VIRTUAL IPS", "LAST CHANGE",
        ])
        for instance in document.instances {
            let priority =
                instance.basePriority == instance.effectivePriority
                ? "\(instance.basePriority)" : "\(instance.effectivePriority) (base \(instance.basePriority))"
            table.add([
                instance.name, instance.state.rawValue + (instance.maintenance == true ? " (maintenance)" : ""),
                instance.wantedState.rawValue, priority,
                "\(instance.virtualRouterID)", instance.interface ?? "-",
                instance.virtualAddresses.isEmpty ? "-" : instance.virtualAddresses.joined(separator: ", "),
                instance.lastTransition.map { change($0, now: document.generatedAt) } ?? "-",
            ])
        }
        return ["", "VRRP instances"] + table.render(indent: "  ")
    }

    private static func syncGroups(_ document: StatusDocument) -> [String] {
        guard !document.syncGroups.isEmpty else { return [] }
        var table = TextTable(header: ["GROUP", "STATE", "MEMBERS"])
        for group in document.syncGroups {
            table.add([group.name, group.state.rawValue, group.members.joined(separator: ", ")])
        }
        return ["", "VRRP sync groups"] + table.render(indent: "  ")
    }

    private static func virtualServers(_ document: StatusDocument) -> [String] {
        guard !document.virtualServers.isEmpty else { return ["", "Virtual servers: none"] }
        var lines = ["", "Virtual servers"]
        for server in document.virtualServers {
            let quorum = server.quorumUp ? "quorum up" : "QUORUM DOWN"
            var title =
                "  \(server.name)  \(server.scheduler) \(server.forwarding)  \(quorum) (live weight \(server.liveWeight), quorum \(server.quorum))"
            if let sorry = server.sorryServer {
                title += server.sorryServerActive ? "  sorry server \(sorry) IN USE" : "  sorry server \(sorry)"
            }
            lines.append(title)
            var table = TextTable(header: ["REAL SERVER", "HEALTH", "WEIGHT", "IN POOL", "LAST CHECK"])
            for real in server.realServers {
                table.add([
                    real.name, real.alive ? "up" : "DOWN", "\(real.weight)",
                    real.drained == true ? "drained" : real.inPool ? "yes" : "no",
                    lastCheck(real),
                ])
            }
            lines += table.render(indent: "    ")
        }
        return lines
    }

    private static func lastCheck(_ server: StatusDocument.RealServer) -> String {
        if server.checkers.isEmpty { return "no checker (always up)" }
        guard let checker = server.lastCheck, let result = checker.lastResult, let ago = checker.lastCheckSecondsAgo
        else { return "not yet" }
        let reason = checker.lastReason.map { " (\($0))" } ?? ""
        return "\(checker.kind) \(result) \(duration(ago)) ago\(reason)"
    }

    private static func change(_ transition: StatusDocument.Transition, now: Double) -> String {
        let reason = transition.reason.isEmpty ? "" : " (\(transition.reason))"
        return
            "\(transition.from.rawValue) -> \(transition.to.rawValue) \(duration(max(0, now - transition.at))) ago\(reason)"
    }

    /// `0.4s`, `12s`, `3m05s`, `2h07m`, `4d03h`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 10 { return "\(Double(Int(seconds * 10)) / 10)s" }
        let whole = Int(seconds)
        switch whole {
        case ..<60: return "\(whole)s"
        case ..<3600: return "\(whole / 60)m\(two(whole % 60))s"
        case ..<86_400: return "\(whole / 3600)h\(two(whole / 60 % 60))m"
        default: return "\(whole / 86_400)d\(two(whole / 3600 % 24))h"
        }
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
