import HealthCheck
import LoadBalancer
import NetworkPrimitives

extension CheckerSnapshot {
    /// The checker part of the SIGUSR1 data dump (keepalived's `keepalived_check.data`; its format is
    /// not stable there either): one block per virtual server, one line per real server and checker.
    public func dataDump(dataPlane: String, now: MonotonicInstant) -> String {
        var lines = ["------< Health checkers >------", " Data plane = \(dataPlane)"]
        for virtualServer in virtualServers {
            lines += Self.lines(of: virtualServer, now: now)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func lines(of virtualServer: VirtualServer, now: MonotonicInstant) -> [String] {
        let definition = virtualServer.definition
        let policy = definition.quorumPolicy
        var lines = [
            " Virtual Server \(virtualServer.id)",
            "   Services = \(definition.serviceKeys.map(\.description).joined(separator: ", "))",
            "   lb_algo = \(definition.scheduler.rawValue), lb_kind = \(definition.forwarding)"
                + (definition.persistence.map { ", persistence_timeout = \($0.timeout.components.seconds)" } ?? ""),
            "   Quorum = \(policy.quorum), hysteresis = \(policy.hysteresis), state = \(virtualServer.quorumUp ? "UP" : "DOWN")"
                + ", alive weight = \(virtualServer.liveWeight)",
        ]
        if let sorry = definition.sorryServer {
            let port = sorry.port ?? definition.serviceKeys.first?.port ?? 0
            let label = KeepalivedCheckerWording.service(sorry.address, port: port, in: definition)
            lines.append("   Sorry server = \(label), \(virtualServer.sorryServerActive ? "in use" : "standing by")")
        }
        for server in virtualServer.realServers {
            lines.append(realServerLine(server, now: now))
            lines += server.checkers.map { "     " + checkerLine($0, now: now) }
        }
        return lines
    }

    /// `Real Server [10.0.1.1]:tcp:8080 weight 1 alive last check: success 0.4 s ago`.
    static func realServerLine(_ server: RealServer, now: MonotonicInstant) -> String {
        let latest = server.checkers.compactMap(\.lastOutcome).max { $0.at < $1.at }
        let last =
            if server.checkers.isEmpty { "none (no checker, always alive)" } else {
                latest.map { outcome(of: $0, now: now) } ?? "not yet"
            }
        let held = server.isAlive && !server.inPool ? " (held out of the pool)" : ""
        return "   Real Server \(server.label) weight \(server.weight) \(server.isAlive ? "alive" : "dead")\(held)"
            + " last check: \(last)"
    }

    /// `TCP_CHECK [10.0.1.1]:8080 UP, last: success 0.4 s ago, next in 0.6 s`.
    static func checkerLine(_ checker: Checker, now: MonotonicInstant) -> String {
        var line = "\(checker.key.probe) \(checker.state == .up ? "UP" : "DOWN")"
        if let last = checker.lastOutcome { line += ", last: \(outcome(of: last, now: now))" }
        if let next = checker.nextCheck { line += ", next in \(seconds(next - now))" }
        return line
    }

    private static func outcome(of outcome: ProbeOutcome, now: MonotonicInstant) -> String {
        let ago = "\(seconds(now - outcome.at)) ago"
        switch outcome.result {
        case .success: return "success \(ago)"
        case .successWithWeight(let weight):
            return "success \(ago) (weight \(weight.map(String.init) ?? "as configured"))"
        case .failure(let reason): return "failed \(ago) (\(reason))"
        }
    }

    /// Tenths of a second: `0.4 s`.
    static func seconds(_ duration: Duration) -> String {
        let tenths = max(0, duration.nanosecondsClamped / 100_000_000)
        return "\(tenths / 10).\(tenths % 10) s"
    }
}
