import NetworkPrimitives

extension VRRPStateMachine {
    mutating func receive(_ advert: VRRPAdvertisement, from source: IPAddress, now: MonotonicInstant) -> [Action] {
        guard advert.version == configuration.version else {
            return [.ignored(.versionMismatch(received: advert.version, expected: configuration.version))]
        }
        switch state {
        case .initialize, .fault: return [.ignored(.notListening(state))]
        case .backup: return backupReceive(advert, from: source, now: now)
        case .master: return masterReceive(advert, from: source, now: now)
        }
    }

    /// RFC 5798 section 6.4.2 as keepalived does it (section 3.9): no address tie-break in BACKUP.
    private mutating func backupReceive(
        _ advert: VRRPAdvertisement, from source: IPAddress, now: MonotonicInstant
    ) -> [Action] {
        if advert.priority == 0 {
            stateTimer = now + skewTime
            return []
        }
        guard accepts(priority: advert.priority, now: now) else {
            return [.ignored(.lowerPriority(source: source, priority: advert.priority))]
        }
        var actions: [Action] = []
        if configuration.version == .v3, advert.advertisementInterval > .zero,
            advert.advertisementInterval != masterAdvertisementInterval
        {
            masterAdvertisementInterval = advert.advertisementInterval
            actions.append(.adoptedMasterAdvertisementInterval(advert.advertisementInterval))
        }
        masterAddress = source
        masterPriority = advert.priority
        wantsMaster = false
        stateTimer = now + masterDownInterval
        updatePreemptDeadline(receivedPriority: advert.priority, now: now)
        return actions
    }

    /// keepalived section 3.8: nopreempt accepts everything; preempt_delay accepts a lower
    /// priority until the delay after the first one ran out; otherwise only >= our priority.
    private func accepts(priority: UInt8, now: MonotonicInstant) -> Bool {
        if priority >= effectivePriority || inMaintenance { return true }
        if configuration.isAddressOwner { return false }
        if !configuration.preempt { return true }
        guard configuration.preemptDelay > .zero else { return false }
        return preemptDeadline.map { now < $0 } ?? true
    }

    private mutating func updatePreemptDeadline(receivedPriority: UInt8, now: MonotonicInstant) {
        guard configuration.preemptDelay > .zero, configuration.preempt, !configuration.isAddressOwner else { return }
        if receivedPriority >= effectivePriority {
            preemptDeadline = nil
        } else if preemptDeadline == nil {
            preemptDeadline = now + configuration.preemptDelay
        }
    }

    /// RFC 5798 section 6.4.3 with keepalived's answers to priority 0 and to lower priorities.
    private mutating func masterReceive(
        _ advert: VRRPAdvertisement, from source: IPAddress, now: MonotonicInstant
    ) -> [Action] {
        if handover != nil { return handoverReceive(advert, from: source, now: now) }
        if advert.priority == 0 {
            stateTimer = now + configuration.advertisementInterval
            return [.sendAdvertisement(priority: effectivePriority)]
        }
        if advert.priority == effectivePriority && source == configuration.sourceAddress {
            return [.ignored(.ownAddress(priority: advert.priority))]
        }
        if advert.priority > effectivePriority {
            let reason = VRRPTransitionReason.higherPriorityAdvertisement(
                source: source, priority: advert.priority, ours: effectivePriority)
            return yield(to: advert, from: source, reason: reason, now: now)
        }
        if advert.priority == effectivePriority && isHigherThanOurs(source) {
            let reason = VRRPTransitionReason.equalPriorityHigherAddress(source: source, priority: advert.priority)
            return yield(to: advert, from: source, reason: reason, now: now)
        }
        return answerLowerPriority(advert, from: source, now: now)
    }

    // Unsigned 32/128-bit comparison of the sender against our own source address.
    private func isHigherThanOurs(_ source: IPAddress) -> Bool {
        guard let ours = configuration.sourceAddress else { return true }
        return ours < source
    }

    private mutating func yield(
        to advert: VRRPAdvertisement, from source: IPAddress, reason: VRRPTransitionReason, now: MonotonicInstant
    ) -> [Action] {
        var actions: [Action] = []
        if configuration.higherPrioritySendAdvert { actions.append(.sendAdvertisement(priority: effectivePriority)) }
        if configuration.version == .v3, advert.advertisementInterval > .zero {
            masterAdvertisementInterval = advert.advertisementInterval
        }
        masterAddress = source
        masterPriority = advert.priority
        return actions + leaveMaster(reason: reason, now: now)
    }

    // RFC 9568 behaviour, keepalived's default: answer at once so the other router yields quickly.
    private mutating func answerLowerPriority(
        _ advert: VRRPAdvertisement, from source: IPAddress, now: MonotonicInstant
    ) -> [Action] {
        var actions: [Action] = []
        if !configuration.lowerPriorityNoAdvert {
            stateTimer = now + configuration.advertisementInterval
            actions.append(.sendAdvertisement(priority: effectivePriority))
        }
        actions += startLowerPriorityGARPs(now: now)
        actions.append(.receivedLowerPriority(source: source, priority: advert.priority))
        return actions
    }
}
