import HealthCheck
import LoadBalancer
import NetworkPrimitives

extension CheckerEngine {
    /// Every virtual server, its real servers, their health, weight and checkers, as of `now`.
    public func snapshot(now: MonotonicInstant) -> CheckerSnapshot {
        let table = planner.desiredTable
        let virtualServers = planner.virtualServers.map { definition in
            CheckerSnapshot.VirtualServer(
                definition: definition, quorumUp: planner.isQuorumUp(definition.id) ?? true,
                sorryServerActive: planner.isSorryServerActive(definition.id),
                liveWeight: planner.liveWeight(of: definition),
                realServers: definition.realServers.map { realServerSnapshot($0, of: definition, table: table) })
        }
        return CheckerSnapshot(virtualServers: virtualServers, table: table, takenAt: now)
    }

    private func realServerSnapshot(
        _ server: RealServerDefinition, of definition: VirtualServerDefinition, table: VirtualServerTable
    ) -> CheckerSnapshot.RealServer {
        let id = definition.realServerID(server)
        let status = planner.status(of: id) ?? .alive
        let checkers = (realServers[id]?.checkers ?? []).map { key in
            let machine = scheduler.checker(key)
            var checker = CheckerSnapshot.Checker(
                key: key, state: machine?.state ?? .up, lastOutcome: outcomes[key], nextCheck: machine?.nextDeadline)
            checker.checks = statistics.checks[key] ?? CheckerStatistics.Checks()
            return checker
        }
        let method = server.forwarding ?? definition.forwarding
        let inPool = definition.serviceKeys.contains { key in
            let port: UInt16 =
                switch method {
                case .nat: server.port
                case .directRouting, .tunnel: key.port
                }
            return (table[key]?.destinations[Destination.Key(address: server.address, port: port)]?.weight ?? 0) > 0
        }
        var snapshot = CheckerSnapshot.RealServer(
            id: id, label: KeepalivedCheckerWording.service(server.address, port: server.port, in: definition),
            isAlive: status.isAlive, configuredWeight: server.weight,
            weight: server.effectiveWeight(dynamicWeights: status.dynamicWeights), inPool: inPool, checkers: checkers,
            changes: statistics.realServers[id] ?? CheckerStatistics.Changes())
        snapshot.isDrained = planner.isDrained(id)
        return snapshot
    }
}
