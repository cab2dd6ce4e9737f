import HealthCheck
import LoadBalancer
import NetworkPrimitives

extension CheckerEngine {
    /// Turns the scheduler's actions into effects, feeding real-server changes to the planner.
    mutating func interpret(_ actions: [CheckerScheduler<RealServerID>.Action], now: MonotonicInstant)
        -> [CheckerEffect]
    {
        var effects: [CheckerEffect] = []
        for action in actions {
            switch action {
            case .startProbe(let key, let attempt):
                if isSuspended(key) {
                    effects += interpret(scheduler.handle(.probeSkipped(key), now: now), now: now)
                    continue
                }
                statistics.probeStarted(key, now: now)
                effects.append(.startProbe(key, attempt: attempt))
            case .checkerUp(let key):
                effects += checkerChanged(key, up: true, reason: "", now: now)
            case .checkerDown(let key, let reason):
                effects += checkerChanged(key, up: false, reason: reason, now: now)
            case .realServerUp(let id):
                statistics.realServerChanged(id, alive: true, now: now)
                effects += realServerChanged(id, alive: true)
            case .realServerDown(let id, _):
                statistics.realServerChanged(id, alive: false, now: now)
                effects += realServerChanged(id, alive: false)
            case .weightsChanged(let id, let weights):
                effects += weightsChanged(id, dynamicWeights: weights)
            case .ignored(let reason):
                effects.append(.log(.debug(reason)))
            }
        }
        return effects
    }

    private mutating func checkerChanged(_ key: CheckerKey, up: Bool, reason: String, now: MonotonicInstant)
        -> [CheckerEffect]
    {
        defer { hasRun.insert(key) }
        guard let label = labels[key] else { return [] }
        if up { return [.log(.info(KeepalivedCheckerWording.success(key.probe.spec, label)))] }
        // A watchdog expiry has no probe result of its own; record it so status shows why.
        if outcomes[key]?.at != now { outcomes[key] = ProbeOutcome(result: .failure(reason: reason), at: now) }
        let retries = hasRun.contains(key) && key.schedule.retry > 0 ? key.schedule.retry : nil
        return [.log(.info(KeepalivedCheckerWording.failure(key.probe.spec, label, retries: retries, reason: reason)))]
    }

    /// keepalived's `perform_svr_state`: log, notify, then re-evaluate quorum (Docs/Keepalived.md §4.4).
    mutating func realServerChanged(_ id: RealServerID, alive: Bool) -> [CheckerEffect] {
        guard let virtualServer = virtualServers[id.virtualServer],
            let server = virtualServer.definition.realServers.first(where: {
                virtualServer.definition.realServerID($0) == id
            })
        else { return [.log(.debug("No real server \(id)"))] }
        let weights = scheduler.health(of: id)?.dynamicWeights ?? []
        let label = KeepalivedCheckerWording.service(id.address, port: id.port, in: virtualServer.definition)
        var effects: [CheckerEffect] = [
            .log(
                .info(
                    KeepalivedCheckerWording.realServerChanged(
                        label, of: id.virtualServer, alive: alive, inhibit: server.inhibitOnFailure)))
        ]
        let checks = realServers[id]
        if let script = alive ? checks?.notifyUp : checks?.notifyDown {
            effects.append(.runScript(script, purpose: alive ? .notifyUp(id) : .notifyDown(id)))
        }
        effects += plan(
            changePlanner(.realServerChanged(id, RealServerStatus(isAlive: alive, dynamicWeights: weights))))
        return effects
    }

    private mutating func weightsChanged(_ id: RealServerID, dynamicWeights: [Int]) -> [CheckerEffect] {
        guard let status = planner.status(of: id), let virtualServer = virtualServers[id.virtualServer],
            let server = virtualServer.definition.realServers.first(where: {
                virtualServer.definition.realServerID($0) == id
            })
        else { return [] }
        let old = server.effectiveWeight(dynamicWeights: status.dynamicWeights)
        let new = server.effectiveWeight(dynamicWeights: dynamicWeights)
        var effects: [CheckerEffect] = []
        if old != new {
            let label = KeepalivedCheckerWording.service(id.address, port: id.port, in: virtualServer.definition)
            effects.append(
                .log(
                    .info(
                        KeepalivedCheckerWording.weightChanged(
                            label, of: id.virtualServer, from: old, to: new, active: status.isAlive))))
        }
        let updated = RealServerStatus(isAlive: status.isAlive, dynamicWeights: dynamicWeights)
        return effects + plan(changePlanner(.realServerChanged(id, updated)))
    }
}
