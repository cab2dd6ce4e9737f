import HealthCheck
import LoadBalancer

/// Finds the checker transitions keepalived mails about by comparing two checker snapshots: a
/// checker whose state flipped (one event each), a virtual server whose quorum flipped. Servers and
/// checkers present in only one snapshot (start-up, reload) are not transitions.
public enum CheckerAlertDetector {
    public static func events(from old: CheckerSnapshot, to new: CheckerSnapshot, switches: CheckerAlertSwitches)
        -> [AlertEvent]
    {
        let before = Dictionary(old.virtualServers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var events: [AlertEvent] = []
        for virtualServer in new.virtualServers {
            guard let previous = before[virtualServer.id] else { continue }
            events += realServerEvents(previous, virtualServer, switches: switches)
            if previous.quorumUp != virtualServer.quorumUp {
                events.append(
                    .virtualServerQuorum(
                        VirtualServerQuorumAlert(
                            virtualServer: virtualServer.id.description, quorumUp: virtualServer.quorumUp,
                            policy: virtualServer.definition.quorumPolicy, liveWeight: virtualServer.liveWeight,
                            smtpAlert: switches.alerts(virtualServer.id))))
            }
        }
        return events
    }

    private static func realServerEvents(
        _ old: CheckerSnapshot.VirtualServer, _ new: CheckerSnapshot.VirtualServer, switches: CheckerAlertSwitches
    ) -> [AlertEvent] {
        let before = Dictionary(old.realServers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var events: [AlertEvent] = []
        for server in new.realServers {
            guard let previous = before[server.id] else { continue }
            let states = Dictionary(
                previous.checkers.map { ($0.key, $0.state) }, uniquingKeysWith: { first, _ in first })
            for checker in server.checkers {
                guard let was = states[checker.key], was != checker.state else { continue }
                events.append(.realServer(alert(checker, of: server, wasAlive: previous.isAlive, in: new, switches)))
            }
        }
        return events
    }

    private static func alert(
        _ checker: CheckerSnapshot.Checker, of server: CheckerSnapshot.RealServer, wasAlive: Bool,
        in virtualServer: CheckerSnapshot.VirtualServer, _ switches: CheckerAlertSwitches
    ) -> RealServerAlert {
        let up = checker.state == .up
        var reason: String?
        if case .failure(let why) = checker.lastOutcome?.result { reason = why }
        return RealServerAlert(
            realServer: server.label, virtualServer: virtualServer.id.description, checkerUp: up,
            wasAlive: wasAlive, isAlive: server.isAlive,
            body: RealServerAlertWording.body(checker.key.probe.spec, up: up, reason: reason),
            smtpAlert: switches.alerts(server.id))
    }
}
