import NetworkPrimitives

extension VRRPRouter {
    /// Replaces the configuration in place (SIGHUP, keepalived section 3.18): instances with the
    /// same `VRRPInstanceIdentity` keep their state whatever their name, removed ones step down,
    /// new ones start. Sync groups keep the state they reported when their name is unchanged.
    public mutating func reload(
        instances: [VRRPInstanceConfiguration], syncGroups: [VRRPSyncGroupConfiguration] = [], now: MonotonicInstant
    ) -> [Action] {
        let old = self
        self = VRRPRouter(instances: instances, syncGroups: syncGroups)
        for group in groups.indices {
            if let previous = old.groups.first(where: { $0.name == groups[group].name }) {
                groups[group].state = previous.state
            }
        }
        var oldByIdentity: [VRRPInstanceIdentity: Int] = [:]
        for (index, machine) in old.machines.enumerated()
        where oldByIdentity[VRRPInstanceIdentity(machine.configuration)] == nil {
            oldByIdentity[VRRPInstanceIdentity(machine.configuration)] = index
        }
        var run = Run()
        run.actions = droppedTrackerObservations
        var kept = Set<Int>()
        for index in machines.indices {
            let identity = VRRPInstanceIdentity(machines[index].configuration)
            guard let previous = oldByIdentity.removeValue(forKey: identity) else {
                feed(index, .start, now: now, into: &run)
                continue
            }
            kept.insert(previous)
            adopt(old.machines[previous], at: index, now: now, into: &run)
        }
        for index in old.machines.indices where !kept.contains(index) {
            var removed = old.machines[index]
            let name = removed.configuration.name
            run.actions += removed.removedByReload(now: now).map { .instance(name, $0) }
        }
        reconcileGroups(&run, now: now)
        return run.actions
    }

    private mutating func adopt(_ previous: VRRPStateMachine, at index: Int, now: MonotonicInstant, into run: inout Run)
    {
        let (machine, actions) = previous.reloaded(
            with: machines[index].configuration, syncGroup: machines[index].syncGroup, now: now)
        machines[index] = machine
        deadlines.update(index, to: machine.nextDeadline)
        let name = machine.configuration.name
        run.actions += actions.map { .instance(name, $0) }
        if let group = groupOfInstance[index] { run.memberActions[group, default: []].append((index, actions)) }
    }
}
