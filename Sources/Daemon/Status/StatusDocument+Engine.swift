import Engine
import VRRP

extension StatusDocument {
    /// The VRRP instances of a running engine, in configuration order, counters included;
    /// `lastTransition` is left to `StatusBoard`, which knows the wall clock.
    public static func instances(from engine: VRRPEngine) -> [Instance] {
        engine.configuration.instances.compactMap { instance in
            guard let machine = engine.router.machine(named: instance.name) else { return nil }
            let vrrp = instance.vrrp
            let counters = engine.statistics.instances[instance.name] ?? EngineStatistics.Instance()
            var result = Instance(
                name: instance.name, state: State(machine.state),
                wantedState: machine.wantsMaster ? .master : State(machine.state),
                basePriority: Int(vrrp.priority), effectivePriority: Int(machine.effectivePriority),
                virtualRouterID: Int(vrrp.virtualRouterID), interface: vrrp.interface.map { "\($0)" },
                vrrpVersion: Int(vrrp.version.rawValue), virtualAddresses: vrrp.virtualAddresses.map { "\($0)" },
                masterAddress: machine.state == .master ? nil : machine.masterAddress.map { "\($0)" },
                syncGroup: machine.syncGroup,
                counters: Counters(
                    advertisementsReceived: counters.advertisementsReceived,
                    advertisementsSent: counters.advertisementsSent, becameMaster: counters.becameMaster,
                    releasedMaster: counters.releasedMaster, priorityZeroSent: counters.priorityZeroSent,
                    rejected: counters.rejected))
            result.counters.priorityZeroReceived = counters.priorityZeroReceived
            result.counters.transitions = counters.transitions
            result.counters.lowerPriorityDiscarded = counters.lowerPriorityDiscarded
            result.maintenance = machine.inMaintenance ? true : nil
            return result
        }
    }

    /// The sync groups of a running engine; a group that has not settled yet shows INIT.
    public static func syncGroups(from engine: VRRPEngine) -> [SyncGroup] {
        engine.configuration.syncGroups.map { group in
            SyncGroup(
                name: group.name, state: engine.router.syncGroupState(of: group.name).map(State.init) ?? .initialize,
                members: group.vrrp.members)
        }
    }
}
