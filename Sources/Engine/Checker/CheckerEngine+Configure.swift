import HealthCheck
import LoadBalancer
import NetworkPrimitives

extension CheckerEngine {
    /// Start-up and reload alike: compute the new desired state. Checkers whose key is unchanged keep
    /// their state (no probe is repeated, no flap); real servers and virtual servers that stay keep
    /// their health and quorum; what changed is announced as keepalived announces it.
    mutating func configure(_ configuration: CheckerConfiguration, now: MonotonicInstant) -> [CheckerEffect] {
        let registrations = Self.registrations(of: configuration)
        let previous = Set(realServers.keys)
        var effects = retire(keeping: Set(registrations.map(\.id)), configuration: configuration)
        virtualServers = Dictionary(
            configuration.virtualServers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        suspended = suspendedVirtualServers()
        realServers = Dictionary(registrations.map { ($0.id, $0.checks) }, uniquingKeysWith: { first, _ in first })
        for registration in registrations {
            effects += register(registration, now: now)
        }
        if configuration.notifiesInitialState { effects += initialNotifies(registrations, previous: previous) }
        let usedKeys = Set(registrations.flatMap(\.checks.checkers))
        labels = labels.filter { usedKeys.contains($0.key) }
        outcomes = outcomes.filter { usedKeys.contains($0.key) }
        hasRun = hasRun.filter { usedKeys.contains($0) }
        effects += plan(changePlanner(.configured(definitions(of: configuration))))
        routing.configure(configuration.routes, scripts: configuration.routeScripts, now: now)
        return effects + synchronise(registrations.map(\.id)) + dueRouteScripts(now: now)
    }

    /// `rs_init_notifies`: the `notify_up` of every real server this configuration adds that starts up
    /// (keepalived runs it when it first puts the server in the pool; an alpha server starts down).
    private func initialNotifies(_ registrations: [Registration], previous: Set<RealServerID>) -> [CheckerEffect] {
        registrations.compactMap { registration in
            guard !previous.contains(registration.id), scheduler.health(of: registration.id)?.isAlive != false,
                let script = registration.checks.notifyUp
            else { return nil }
            return .runScript(script, purpose: .notifyUp(registration.id))
        }
    }

    struct Registration {
        var id: RealServerID
        var checks: CheckedRealServer
        var label: CheckerLabel
    }

    /// Every real server of every virtual server, in configuration order; the first virtual server
    /// that names the same real server twice wins, as in keepalived.
    static func registrations(of configuration: CheckerConfiguration) -> [Registration] {
        var seen: Set<RealServerID> = []
        var result: [Registration] = []
        for virtualServer in configuration.virtualServers {
            let definition = virtualServer.definition
            for server in definition.realServers {
                let id = definition.realServerID(server)
                guard seen.insert(id).inserted else { continue }
                let checks =
                    virtualServer.checks(for: server) ?? CheckedRealServer(address: server.address, port: server.port)
                result.append(Registration(id: id, checks: checks, label: CheckerLabel(checks, in: definition)))
            }
        }
        return result
    }

    private mutating func register(_ registration: Registration, now: MonotonicInstant) -> [CheckerEffect] {
        let previous = scheduler.health(of: registration.id)?.checkers ?? []
        // Liveness changes a reload causes are taken from the scheduler's health afterwards.
        _ = scheduler.register(registration.id, checkers: registration.checks.checkers, now: now)
        var effects: [CheckerEffect] = []
        for key in registration.checks.checkers {
            if labels[key] == nil { labels[key] = registration.label }
            guard !previous.contains(key) else { continue }
            // ha_suspend: a checker whose virtual server's address is not here starts suspended.
            let verb = suspended.contains(registration.id.virtualServer) ? "Deactivating" : "Activating"
            effects.append(
                .log(
                    .info(
                        "\(verb) healthchecker for service \(registration.label.realServer) for VS \(registration.label.virtualServer)"
                    )))
        }
        return effects
    }

    /// Drops real servers and virtual servers the new configuration no longer has.
    private mutating func retire(keeping ids: Set<RealServerID>, configuration: CheckerConfiguration) -> [CheckerEffect]
    {
        var effects: [CheckerEffect] = []
        let remainingVirtualServers = Set(configuration.virtualServers.map(\.id))
        for id in realServers.keys.sorted() where !ids.contains(id) {
            scheduler.unregister(id)
            guard let definition = virtualServers[id.virtualServer]?.definition,
                remainingVirtualServers.contains(id.virtualServer), planner.status(of: id)?.isAlive == true
            else { continue }
            let label = KeepalivedCheckerWording.service(id.address, port: id.port, in: definition)
            effects.append(.log(.info("Removing service \(label) from VS \(id.virtualServer)")))
        }
        for id in virtualServers.keys.sorted() where !remainingVirtualServers.contains(id) {
            effects.append(.log(.info(KeepalivedCheckerWording.virtualServerRemoved(id))))
        }
        return effects
    }

    /// The planner's definitions, with each new real server starting as its checkers stand (a checker
    /// shared with a virtual server that was already running may already be DOWN).
    private func definitions(of configuration: CheckerConfiguration) -> [VirtualServerDefinition] {
        configuration.virtualServers.map { virtualServer in
            var definition = virtualServer.definition
            definition.realServers = definition.realServers.map { server in
                var server = server
                server.initiallyAlive = scheduler.health(of: definition.realServerID(server))?.isAlive ?? true
                return server
            }
            return definition
        }
    }

    /// Brings the planner in line with the scheduler for real servers whose checkers changed on reload.
    private mutating func synchronise(_ ids: [RealServerID]) -> [CheckerEffect] {
        var effects: [CheckerEffect] = []
        for id in ids {
            guard let health = scheduler.health(of: id), let status = planner.status(of: id) else { continue }
            if health.isAlive != status.isAlive {
                effects += realServerChanged(id, alive: health.isAlive)
            } else if health.dynamicWeights != status.dynamicWeights {
                let updated = RealServerStatus(isAlive: status.isAlive, dynamicWeights: health.dynamicWeights)
                effects += plan(changePlanner(.realServerChanged(id, updated)))
            }
        }
        return effects
    }
}
