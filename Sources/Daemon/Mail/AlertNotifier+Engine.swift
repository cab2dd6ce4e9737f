import Engine
import VRRP

extension AlertNotifier {
    /// Compares the engine's instance and sync-group states with those seen at the previous call
    /// and mails each change as `instanceChanged`/`syncGroupChanged` would. Call after each engine
    /// step; the policy mails a state once, so also calling `instanceChanged` at notify points
    /// sends nothing twice. The first call only sets the baseline.
    public func observe(_ engine: VRRPEngine) {
        var states: [String: VRRPState] = [:]
        var groups: [String: VRRPState] = [:]
        for instance in engine.configuration.instances {
            states[instance.name] = engine.router.machine(named: instance.name)?.state
        }
        for group in engine.configuration.syncGroups {
            groups[group.name] = engine.router.syncGroupState(of: group.name)
        }
        let (changedInstances, changedGroups) = swapObservedStates(instances: states, groups: groups)
        for (name, state) in changedInstances { instanceChanged(name, to: state) }
        for (name, state) in changedGroups { syncGroupChanged(name, to: state) }
    }

    /// keepalived mails `Stopping` for every instance and group with alerts on when it stops.
    public func stopping(_ engine: VRRPEngine) {
        for instance in engine.configuration.instances { instanceChanged(instance.name, to: .stop) }
        for group in engine.configuration.syncGroups { syncGroupChanged(group.name, to: .stop) }
    }

    static func notifyState(_ state: VRRPState) -> VRRPNotifyState? {
        switch state {
        case .master: .master
        case .backup: .backup
        case .fault: .fault
        case .initialize: nil
        }
    }
}
