import NetworkPrimitives

extension VRRPStateMachine {
    /// RFC 5798 section 6.4.1 with keepalived section 3.6: stale addresses are removed, then an owner
    /// wanting MASTER becomes MASTER at once, a faulted instance goes to FAULT, anything else to BACKUP.
    mutating func start(now: MonotonicInstant) -> [Action] {
        guard state == .initialize else { return [.ignored(.notApplicable(state))] }
        effectivePriority = trackers.effectivePriority(base: configuration.priority)
        masterAdvertisementInterval = configuration.advertisementInterval
        var actions: [Action] = [.removeVirtualAddresses]
        let conditions = faultConditions
        if !conditions.isEmpty { return actions + enterFault(conditions, now: now) }
        let ownerWantsMaster = configuration.isAddressOwner && configuration.initialState == .master
        guard ownerWantsMaster, !trackers.hasPendingScripts else {
            return actions + enterBackup(reason: .startup, now: now)
        }
        if let hold = startupHold, now < hold {
            // keepalived: an owner too waits out vrrp_startup_delay in BACKUP, then times out at once.
            actions += enterBackup(reason: .startup, now: now)
            stateTimer = hold
            return actions
        }
        guard syncGroup == nil else {
            actions += enterBackup(reason: .startup, now: now)
            wantsMaster = true
            stateTimer = now + syncGroupHoldInterval
            return actions
        }
        return actions + becomeMaster(reason: .addressOwnerStartup, now: now)
    }

    /// RFC 5798 section 6.4.3 "Shutdown": a master sends one priority-0 advert and drops its addresses.
    mutating func shutdown(now: MonotonicInstant) -> [Action] {
        let from = state
        guard from != .initialize else { return [.ignored(.notApplicable(from))] }
        var actions: [Action] = [.transitioned(from: from, to: .initialize, reason: .shutdown)]
        if from == .master { actions += [.sendAdvertisement(priority: 0), .removeVirtualAddresses] }
        return actions + stopped()
    }

    /// INIT after an orderly stop, with the STOP notification.
    mutating func stopped() -> [Action] {
        state = .initialize
        wantsMaster = false
        stateTimer = nil
        preemptDeadline = nil
        handover = nil
        cancelGARPs()
        return [.notify(state: .stop, priority: effectivePriority)]
    }

    mutating func trackerChanged(
        _ tracker: VRRPTrackerID, _ reading: VRRPTrackerReading, now: MonotonicInstant
    ) -> [Action] {
        guard trackers.record(reading, for: tracker) else { return [] }
        return updateEffectivePriority() + reconcileFault(now: now)
    }

    mutating func faultCondition(_ condition: VRRPFaultCondition, active: Bool, now: MonotonicInstant) -> [Action] {
        let changed = active ? externalFaults.insert(condition).inserted : externalFaults.remove(condition) != nil
        return changed ? reconcileFault(now: now) : []
    }

    /// keepalived section 3.7: in BACKUP the running timer moves by the change in skew.
    private mutating func updateEffectivePriority() -> [Action] {
        let updated = trackers.effectivePriority(base: configuration.priority)
        guard updated != effectivePriority else { return [] }
        let old = effectivePriority
        let oldSkew = skewTime
        effectivePriority = updated
        if state == .backup, !wantsMaster, let timer = stateTimer { stateTimer = timer + (skewTime - oldSkew) }
        return [.effectivePriorityChanged(from: old, to: updated)]
    }

    mutating func reconcileFault(now: MonotonicInstant) -> [Action] {
        let conditions = faultConditions
        switch state {
        case .initialize: return []
        case .fault: return conditions.isEmpty ? recoverFromFault(now: now) : []
        case .backup, .master: return conditions.isEmpty ? [] : enterFault(conditions, now: now)
        }
    }

    /// keepalived section 3.13: a tracked virtual address deleted while MASTER demotes to BACKUP.
    mutating func virtualAddressRemoved(_ address: IPAddress, now: MonotonicInstant) -> [Action] {
        let ours = (configuration.virtualAddresses + configuration.excludedVirtualAddresses).contains {
            $0.address == address
        }
        guard ours, !configuration.untrackedVirtualAddresses.contains(address) else { return [] }
        guard state == .master else { return [.ignored(.notApplicable(state))] }
        // A stop that waits for its successor no longer needs to: what it would release is gone.
        if handover?.purpose == .shutdown { return completeHandover(successor: nil, now: now) }
        return leaveMaster(reason: .virtualAddressRemoved(address), now: now)
    }

    mutating func syncGroupTransition(to target: VRRPState, _ group: String, now: MonotonicInstant) -> [Action] {
        switch (state, target) {
        case (.backup, .master): return becomeMaster(reason: .syncGroup(group), now: now)
        case (.master, .backup):
            // A member handing over releases when its own successor shows, not when another member's does.
            guard handover == nil else { return [] }
            return leaveMaster(reason: .syncGroup(group), now: now)
        case (.master, .master), (.backup, .backup): return []
        case (.initialize, _), (.fault, _), (_, .initialize), (_, .fault): return [.ignored(.notApplicable(state))]
        }
    }

    mutating func syncGroupLowerPriorityHeard(now: MonotonicInstant) -> [Action] {
        state == .master ? startLowerPriorityGARPs(now: now) : []
    }
}
