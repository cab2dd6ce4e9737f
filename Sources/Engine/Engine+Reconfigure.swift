import NetworkPrimitives
import VRRP

extension Engine {
    /// SIGHUP (keepalived-behaviour 3.18). When the protocol side is unchanged the running state
    /// machines carry on untouched (masters re-advertise at once), and only addresses' details,
    /// scripts and notifies are replaced. Otherwise the router is rebuilt: removed masters send
    /// priority 0 and drop their VIPs, and a matched master keeps its VIPs while it re-elects.
    public mutating func reconfigure(
        to updated: EngineConfiguration, linkStates: [InterfaceName: Bool], now: MonotonicInstant
    ) -> [EngineEffect] {
        let unchanged = updated.instances.map(\.vrrp) == configuration.instances.map(\.vrrp)
            && updated.syncGroups.map(\.vrrp) == configuration.syncGroups.map(\.vrrp)
        var effects: [EngineEffect] = [.log(.info("Reloading configuration"))]
        effects += unchanged ? carryOn(with: updated, now: now) : rebuild(with: updated, linkStates: linkStates, now: now)
        return effects
    }

    private mutating func carryOn(with updated: EngineConfiguration, now: MonotonicInstant) -> [EngineEffect] {
        var effects: [EngineEffect] = []
        for (old, new) in zip(configuration.instances, updated.instances)
        where router.state(of: old.name) == .master && old.addresses != new.addresses {
            effects += old.addresses.filter { !new.addresses.contains($0) }.map { .removeAddress($0) }
            effects += new.addresses.filter { !old.addresses.contains($0) }.map { .addAddress($0) }
        }
        adopt(updated, now: now)
        for instance in configuration.instances where router.state(of: instance.name) == .master {
            let priority = router.machine(named: instance.name)?.effectivePriority ?? instance.vrrp.priority
            effects += transmissions(instance.name, priority: priority)
        }
        return effects
    }

    private mutating func rebuild(
        with updated: EngineConfiguration, linkStates: [InterfaceName: Bool], now: MonotonicInstant
    ) -> [EngineEffect] {
        let newIdentities = Set(updated.instances.map { InstanceIdentity($0.vrrp) })
        var effects: [EngineEffect] = []
        var keptAddresses: Set<VirtualAddress> = []
        for old in configuration.instances where router.state(of: old.name) == .master {
            let identity = InstanceIdentity(old.vrrp)
            if newIdentities.contains(identity),
                let new = updated.instances.first(where: { InstanceIdentity($0.vrrp) == identity })
            {
                keptAddresses.formUnion(old.addresses.filter { new.addresses.contains($0) })
                effects += old.addresses.filter { !new.addresses.contains($0) }.map { .removeAddress($0) }
            } else {
                effects += transmissions(old.name, priority: 0)
                effects += [.log(.info("(\(old.name)) removing VIPs."))] + old.addresses.map { .removeAddress($0) }
                effects += notifies(old.notify, kind: "INSTANCE", name: old.name, state: .deleted, priority: 0)
            }
        }
        adopt(updated, now: now)
        var started = Engine(configuration: updated, linkStates: linkStates)
        started.checks = checks
        started.statistics = statistics
        effects += started.start(now: now).filter { effect in
            if case .removeAddress(let address) = effect { return !keptAddresses.contains(address) }
            return true
        }
        self = started
        return effects
    }

    /// Takes `updated` as the configuration; check scripts that did not change keep their state.
    private mutating func adopt(_ updated: EngineConfiguration, now: MonotonicInstant) {
        var scheduler = CheckScriptScheduler(scripts: updated.trackedCheckScripts)
        scheduler.carryOver(from: checks, now: now)
        checks = scheduler
        configuration = updated
        instanceIndex = Self.index(updated.instances.map(\.name))
        groupIndex = Self.index(updated.syncGroups.map(\.name))
    }
}
