import NetworkPrimitives

extension VRRPStateMachine {
    /// Skew_Time at the current effective priority and Master_Adver_Interval (RFC 5798 section 6.1).
    public var skewTime: Duration {
        VRRPTiming.skewTime(
            priority: effectivePriority, version: configuration.version,
            masterAdvertisementInterval: masterAdvertisementInterval)
    }

    /// Master_Down_Interval at the current effective priority (RFC 5798 section 6.1).
    public var masterDownInterval: Duration {
        VRRPTiming.masterDownInterval(
            priority: effectivePriority, version: configuration.version,
            masterAdvertisementInterval: masterAdvertisementInterval,
            downTimerAdverts: configuration.downTimerAdverts)
    }

    // A sync-group member held in BACKUP re-asks after one interval plus the smallest skew.
    var syncGroupHoldInterval: Duration {
        configuration.advertisementInterval
            + VRRPTiming.skewTime(
                priority: 255, version: configuration.version,
                masterAdvertisementInterval: configuration.advertisementInterval)
    }

    mutating func deadlineReached(now: MonotonicInstant, into actions: inout [Action]) {
        if let due = handover?.deadline, due <= now {
            actions.append(contentsOf: completeHandover(successor: nil, now: now))
        }
        if let due = stateTimer, due <= now { stateTimerFired(now: now, into: &actions) }
        if let due = secondGARPTimer, due <= now {
            secondGARPTimer = nil
            appendGARPBatch(configuration.gratuitousARP.masterRepeat, to: &actions)
        }
        if let due = refreshGARPTimer, due <= now {
            refreshGARPTimer = now + configuration.gratuitousARP.masterRefresh
            appendGARPBatch(configuration.gratuitousARP.masterRefreshRepeat, to: &actions)
        }
        if let due = lowerPriorityGARPTimer, due <= now {
            lowerPriorityGARPTimer = nil
            appendGARPBatch(configuration.gratuitousARP.lowerPriorityRepeat, to: &actions)
        }
    }

    private mutating func stateTimerFired(now: MonotonicInstant, into actions: inout [Action]) {
        switch state {
        case .backup:
            actions.append(contentsOf: masterDownTimerExpired(now: now))
        case .master:
            // RFC 5798 section 6.4.3: a master advertises at its own configured interval; one handing
            // over repeats its priority 0, in case the first was lost (Docs/Handover.md).
            stateTimer = now + configuration.advertisementInterval
            actions.append(.sendAdvertisement(priority: handover == nil ? effectivePriority : 0))
        case .initialize, .fault:
            stateTimer = nil
        }
    }

    private mutating func masterDownTimerExpired(now: MonotonicInstant) -> [Action] {
        guard !inMaintenance else {
            // Maintenance: never take over; `.leave` starts the timer again.
            stateTimer = nil
            return []
        }
        guard syncGroup == nil else {
            // keepalived section 3.15: only the group decides; until then wait and ask again.
            wantsMaster = true
            stateTimer = now + syncGroupHoldInterval
            return []
        }
        return becomeMaster(reason: .masterDownTimerExpired, now: now)
    }

    func garpBatch(_ count: Int) -> [Action] {
        count > 0 ? [.sendGratuitousARPs(count: count)] : []
    }

    private func appendGARPBatch(_ count: Int, to actions: inout [Action]) {
        if count > 0 { actions.append(.sendGratuitousARPs(count: count)) }
    }

    /// The GARP sequence on becoming MASTER: a batch now, one after `garp_master_delay`, then refreshes.
    mutating func startMasterGARPs(now: MonotonicInstant) -> [Action] {
        let settings = configuration.gratuitousARP
        secondGARPTimer = settings.masterDelay > .zero ? now + settings.masterDelay : nil
        refreshGARPTimer = settings.masterRefresh > .zero ? now + settings.masterRefresh : nil
        return garpBatch(settings.masterRepeat)
    }

    /// The GARP sequence after hearing a lower priority: a batch now and one after `garp_lower_prio_delay`.
    mutating func startLowerPriorityGARPs(now: MonotonicInstant) -> [Action] {
        let settings = configuration.gratuitousARP
        guard settings.lowerPriorityRepeat > 0 else { return [] }
        lowerPriorityGARPTimer = settings.lowerPriorityDelay > .zero ? now + settings.lowerPriorityDelay : nil
        return garpBatch(settings.lowerPriorityRepeat)
    }

    mutating func cancelGARPs() {
        secondGARPTimer = nil
        refreshGARPTimer = nil
        lowerPriorityGARPTimer = nil
    }
}
