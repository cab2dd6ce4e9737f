import NetworkPrimitives

extension VRRPStateMachine {
    /// BACKUP -> MASTER (RFC 5798 section 6.4.2; keepalived section 3.6): the advert goes out first so
    /// the old master drops the addresses before our GARPs, then the addresses, GARPs, notify.
    mutating func becomeMaster(reason: VRRPTransitionReason, now: MonotonicInstant) -> [Action] {
        let from = state
        state = .master
        wantsMaster = false
        preemptDeadline = nil
        masterAddress = nil
        masterPriority = nil
        stateTimer = now + configuration.advertisementInterval
        var actions: [Action] = [
            .transitioned(from: from, to: .master, reason: reason),
            .sendAdvertisement(priority: effectivePriority),
            .addVirtualAddresses,
        ]
        actions += startMasterGARPs(now: now)
        actions.append(.notify(state: .master, priority: effectivePriority))
        return actions
    }

    /// MASTER -> BACKUP: addresses removed, no priority-0 advert (keepalived section 3.6).
    mutating func leaveMaster(reason: VRRPTransitionReason, now: MonotonicInstant) -> [Action] {
        state = .backup
        handover = nil
        cancelGARPs()
        preemptDeadline = nil
        stateTimer = now + masterDownInterval
        return [
            .transitioned(from: .master, to: .backup, reason: reason),
            .removeVirtualAddresses,
            .notify(state: .backup, priority: effectivePriority),
        ]
    }

    /// INIT -> BACKUP with a full Master_Down_Interval (RFC 5798 section 6.4.1).
    mutating func enterBackup(reason: VRRPTransitionReason, now: MonotonicInstant) -> [Action] {
        let from = state
        state = .backup
        wantsMaster = false
        preemptDeadline = nil
        stateTimer = backupTimer(masterDownInterval, now: now)
        return [
            .transitioned(from: from, to: .backup, reason: reason),
            .notify(state: .backup, priority: effectivePriority),
        ]
    }

    /// Any state -> FAULT: a master sends two priority-0 adverts and drops its addresses.
    mutating func enterFault(_ conditions: [VRRPFaultCondition], now: MonotonicInstant) -> [Action] {
        let from = state
        var actions: [Action] = [.transitioned(from: from, to: .fault, reason: .faulted(conditions))]
        if from == .master {
            actions += [.sendAdvertisement(priority: 0), .sendAdvertisement(priority: 0), .removeVirtualAddresses]
        }
        state = .fault
        wantsMaster = false
        handover = nil
        stateTimer = nil
        preemptDeadline = nil
        masterAddress = nil
        masterPriority = nil
        cancelGARPs()
        actions.append(.notify(state: .fault, priority: effectivePriority))
        return actions
    }

    /// FAULT -> BACKUP with the configured interval and a full Master_Down_Interval
    /// (an owner: one interval plus skew); unicast instances announce their source address.
    mutating func recoverFromFault(now: MonotonicInstant) -> [Action] {
        masterAdvertisementInterval = configuration.advertisementInterval
        state = .backup
        wantsMaster = false
        preemptDeadline = nil
        let wait = configuration.isAddressOwner ? configuration.advertisementInterval + skewTime : masterDownInterval
        stateTimer = backupTimer(wait, now: now)
        var actions: [Action] = [.transitioned(from: .fault, to: .backup, reason: .faultCleared)]
        if configuration.isUnicast { actions.append(.announceSourceAddress) }
        actions.append(.notify(state: .backup, priority: effectivePriority))
        return actions
    }

    /// A BACKUP's timer `wait` from now, or from the end of `vrrp_startup_delay` while it lasts.
    func backupTimer(_ wait: Duration, now: MonotonicInstant) -> MonotonicInstant {
        guard let hold = startupHold, now < hold else { return now + wait }
        return hold + wait
    }
}
