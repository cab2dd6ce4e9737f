import NetworkPrimitives
import VRRP

extension VRRPEngine {
    /// SIGHUP (Docs/Keepalived.md §3.18): the router reloads in place, so an instance with the same
    /// VRID, family, interface and unicast source or multicast group keeps its state whatever its
    /// name (a MASTER re-advertises at once and keeps its VIPs); removed masters send priority 0
    /// and drop their VIPs; VIPs a kept master no longer has are removed. Unchanged check scripts
    /// keep their state.
    public mutating func reconfigure(
        to updated: EngineConfiguration, linkStates: [InterfaceName: Bool], now: MonotonicInstant
    ) -> [EngineEffect] {
        let previous = self
        var effects: [EngineEffect] = [.log(.info("Reloading configuration"))]
        if let daemon = configuration.syncDaemon, daemon != updated.syncDaemon {
            effects += stopSyncDaemons(settings: daemon.settings)
        }
        effects += withdrawnAddresses(keptBy: updated)
        let actions = router.reload(
            instances: updated.instances.map(\.vrrp), syncGroups: updated.syncGroups.map(\.vrrp), now: now)
        adopt(updated, now: now)
        effects += reloadEffects(actions, previous: previous)
        for (interface, isUp) in linkStates.sorted(by: { $0.key < $1.key }) {
            effects += self.effects(of: router.handle(.interfaceChanged(interface, isUp: isUp), now: now))
        }
        if updated.writesStatesOnReload { effects += unchangedStateLines(previous: previous) }
        return effects + followSyncDaemon() + runDueChecks(now: now)
    }

    /// `fifo_write_vrrp_states_on_reload`: the FIFO line of every sync group, then every instance,
    /// whose state the reload did not change (those that changed have written theirs), as keepalived
    /// writes them when it starts its instances again after a reload.
    private func unchangedStateLines(previous: VRRPEngine) -> [EngineEffect] {
        var effects: [EngineEffect] = []
        for group in configuration.syncGroups {
            guard let state = router.syncGroupState(of: group.name), state == previous.router.syncGroupState(of: group.name),
                let word = Self.notifyState(state)
            else { continue }
            effects += fifoLine(.group(group.name, word))
        }
        for instance in configuration.instances {
            guard let machine = router.machine(named: instance.name), machine.state == previous.router.state(of: instance.name),
                let word = Self.notifyState(machine.state)
            else { continue }
            effects += fifoLine(.instance(instance.name, word, priority: machine.effectivePriority))
        }
        return effects
    }

    /// The FIFO word of a settled state; INIT has none.
    private static func notifyState(_ state: VRRPState) -> VRRPNotifyState? {
        switch state {
        case .initialize: nil
        case .backup: .backup
        case .master: .master
        case .fault: .fault
        }
    }

    /// Addresses of today's masters that the same instance in `updated` no longer has.
    private func withdrawnAddresses(keptBy updated: EngineConfiguration) -> [EngineEffect] {
        var newByIdentity: [VRRPInstanceIdentity: EngineInstance] = [:]
        for instance in updated.instances { newByIdentity[VRRPInstanceIdentity(instance.vrrp)] = instance }
        var effects: [EngineEffect] = []
        for old in configuration.instances where router.state(of: old.name) == .master {
            guard let new = newByIdentity[VRRPInstanceIdentity(old.vrrp)] else { continue }
            effects += old.addresses.filter { !new.addresses.contains($0) }.map { .removeAddress($0) }
        }
        return effects
    }

    /// The router's reload actions; those of removed instances are worded with the old configuration.
    private mutating func reloadEffects(_ actions: [VRRPRouter.Action], previous: VRRPEngine) -> [EngineEffect] {
        var old = previous
        var removing: Set<String> = []
        var effects: [EngineEffect] = []
        for action in actions {
            guard case .instance(let name, let instanceAction) = action else {
                effects += self.effects(of: [action])
                continue
            }
            if case .transitioned(_, _, .removedByReload) = instanceAction { removing.insert(name) }
            if removing.contains(name) {
                effects += old.effects(of: [action])
                if case .notify(.deleted, _) = instanceAction { removing.remove(name) }
            } else {
                effects += self.effects(of: [action])
            }
        }
        statistics.instances.merge(old.statistics.instances) { new, _ in new }
        return effects
    }

    /// Takes `updated` as the configuration; check scripts that did not change keep their state.
    private mutating func adopt(_ updated: EngineConfiguration, now: MonotonicInstant) {
        var scheduler = CheckScriptScheduler(scripts: updated.trackedCheckScripts)
        scheduler.carryOver(from: checks, now: now)
        checks = scheduler
        configuration = updated
        encodedAdverts.removeAll()
        instanceIndex = Self.index(updated.instances.map(\.name))
        groupIndex = Self.index(updated.syncGroups.map(\.name))
        // A removed instance's run of discards ends with it: one added later under its name logs its first.
        lowerPriorityLogged.formIntersection(instanceIndex.keys)
        if pacer.garpInterval != updated.garpInterval || pacer.gnaInterval != updated.gnaInterval {
            // New intervals: what was held goes at once rather than by the old pacing.
            pacer = AnnouncementPacer(garpInterval: updated.garpInterval, gnaInterval: updated.gnaInterval)
        }
    }
}
