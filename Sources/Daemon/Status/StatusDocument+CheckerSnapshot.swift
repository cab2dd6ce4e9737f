import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives

extension StatusDocument {
    /// The virtual servers of a checker snapshot (`CheckerService.snapshot()`); ages are measured
    /// from the moment the snapshot was taken.
    public static func virtualServers(from snapshot: CheckerSnapshot) -> [VirtualServer] {
        snapshot.virtualServers.map { virtualServer($0, now: snapshot.takenAt) }
    }

    private static func virtualServer(_ server: CheckerSnapshot.VirtualServer, now: MonotonicInstant) -> VirtualServer {
        let definition = server.definition
        let policy = definition.quorumPolicy
        return VirtualServer(
            name: server.id.description, scheduler: definition.scheduler.rawValue,
            forwarding: "\(definition.forwarding)", quorum: policy.quorum, hysteresis: policy.hysteresis,
            quorumUp: server.quorumUp, liveWeight: server.liveWeight,
            sorryServer: definition.sorryServer.map {
                KeepalivedCheckerWording.service(
                    $0.address, port: $0.port ?? definition.serviceKeys.first?.port ?? 0, in: definition)
            },
            sorryServerActive: server.sorryServerActive,
            realServers: server.realServers.map { realServer($0, now: now) })
    }

    private static func realServer(_ server: CheckerSnapshot.RealServer, now: MonotonicInstant) -> RealServer {
        var result = RealServer(
            name: server.label, address: "\(server.id.address)", port: Int(server.id.port), alive: server.isAlive,
            inPool: server.inPool, weight: server.weight, configuredWeight: server.configuredWeight,
            checkers: server.checkers.map { checker($0, now: now) })
        let durations = server.checkers.map(\.checks.durations).reduce(DurationHistogram()) { $0.merged(with: $1) }
        result.checkDurations = Histogram(durations)
        result.checkFailures = server.checkers.reduce(0) { $0 + $1.checks.failures }
        result.upTransitions = server.changes.upTransitions
        result.downTransitions = server.changes.downTransitions
        result.lastChangeSecondsAgo = server.changes.lastChange.map { max(0, (now - $0).secondsDouble) }
        result.drained = server.isDrained
        return result
    }

    private static func checker(_ checker: CheckerSnapshot.Checker, now: MonotonicInstant) -> Checker {
        let target = checker.key.probe.target
        var result = Checker(
            kind: checker.key.probe.spec.keyword, target: target.port == 0 ? "\(target.address)" : "\(target)",
            up: checker.state == .up, nextCheckInSeconds: checker.nextCheck.map { max(0, ($0 - now).secondsDouble) })
        if let outcome = checker.lastOutcome {
            result.lastCheckSecondsAgo = max(0, (now - outcome.at).secondsDouble)
            switch outcome.result {
            case .success, .successWithWeight: result.lastResult = "success"
            case .failure(let reason):
                result.lastResult = "failure"
                result.lastReason = reason
            }
        }
        return result
    }
}
