import NetworkPrimitives

extension VRRPStateMachine {
    /// The same instance under a reloaded configuration (keepalived section 3.18): state, tracker
    /// readings, timers and the learned master are kept; a MASTER advertises at once and
    /// installs its (possibly changed) address list, which the shell diffs against what is there.
    public func reloaded(
        with configuration: VRRPInstanceConfiguration, syncGroup: String?, now: MonotonicInstant
    ) -> (machine: VRRPStateMachine, actions: [Action]) {
        var next = VRRPStateMachine(configuration: configuration, syncGroup: syncGroup)
        for binding in next.trackers.bindings {
            if let reading = trackers.reading(of: binding.tracker) {
                next.trackers.record(reading, for: binding.tracker)
            }
        }
        next.externalFaults.formUnion(externalFaults.filter { $0 != .noUnicastPeers })
        next.state = state
        next.effectivePriority = next.trackers.effectivePriority(base: configuration.priority)
        let keepsLearnedInterval = state == .backup && configuration.version == .v3 && self.configuration.version == .v3
        next.masterAdvertisementInterval =
            keepsLearnedInterval ? masterAdvertisementInterval : configuration.advertisementInterval
        next.masterAddress = masterAddress
        next.masterPriority = masterPriority
        next.wantsMaster = wantsMaster && syncGroup != nil
        next.inMaintenance = inMaintenance
        next.handover = handover
        next.stateTimer = stateTimer
        next.secondGARPTimer = secondGARPTimer
        next.refreshGARPTimer = refreshGARPTimer
        next.lowerPriorityGARPTimer = lowerPriorityGARPTimer
        next.preemptDeadline = preemptDeadline
        var actions: [Action] = []
        if next.effectivePriority != effectivePriority {
            actions.append(.effectivePriorityChanged(from: effectivePriority, to: next.effectivePriority))
        }
        if state == .master {
            next.stateTimer = now + configuration.advertisementInterval
            // A handover in progress goes on advertising priority 0 (Docs/Handover.md).
            let priority = next.handover == nil ? next.effectivePriority : 0
            actions += [.sendAdvertisement(priority: priority), .addVirtualAddresses]
        }
        actions += next.reconcileFault(now: now)
        return (next, actions)
    }

    /// An instance removed by a reload: a MASTER steps down with priority 0 and drops its addresses.
    public mutating func removedByReload(now: MonotonicInstant) -> [Action] {
        let from = state
        guard from != .initialize else { return [] }
        var actions: [Action] = [.transitioned(from: from, to: .initialize, reason: .removedByReload)]
        if from == .master { actions += [.sendAdvertisement(priority: 0), .removeVirtualAddresses] }
        state = .initialize
        stateTimer = nil
        handover = nil
        cancelGARPs()
        actions.append(.notify(state: .deleted, priority: effectivePriority))
        return actions
    }
}
