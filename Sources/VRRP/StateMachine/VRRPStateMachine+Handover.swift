import NetworkPrimitives

extension VRRPStateMachine {
    /// A MASTER begins a make-before-break handover (Docs/Handover.md): priority 0 now and every advert
    /// interval after, as RFC 5798 section 6.4.3 lets a master step down, but the addresses stay until a
    /// successor's advert arrives or Master_Down_Interval (at our priority and interval) has passed.
    mutating func beginHandover(_ purpose: VRRPHandoverProgress.Purpose, now: MonotonicInstant) -> [Action] {
        let bound = VRRPTiming.masterDownInterval(
            priority: effectivePriority, version: configuration.version,
            masterAdvertisementInterval: configuration.advertisementInterval,
            downTimerAdverts: configuration.downTimerAdverts)
        handover = VRRPHandoverProgress(purpose: purpose, deadline: now + bound)
        stateTimer = now + configuration.advertisementInterval
        return [.handoverStarted(within: bound), .sendAdvertisement(priority: 0)]
    }

    /// An orderly stop that hands over first; a second request during the stop's handover releases at once,
    /// and a stop during a maintenance handover turns it into the stop's (same deadline).
    mutating func shutdownAfterHandover(now: MonotonicInstant) -> [Action] {
        guard state == .master else { return shutdown(now: now) }
        guard let progress = handover else { return beginHandover(.shutdown, now: now) }
        switch progress.purpose {
        case .shutdown: return completeHandover(successor: nil, now: now)
        case .maintenance:
            handover?.purpose = .shutdown
            return []
        }
    }

    /// An advert while handing over. Only a MASTER advertises with a priority above zero, so any such
    /// advert from another router is the successor, whatever its priority; priority 0 (another master
    /// stepping down) and our own looped adverts change nothing.
    mutating func handoverReceive(
        _ advert: VRRPAdvertisement, from source: IPAddress, now: MonotonicInstant
    ) -> [Action] {
        if source == configuration.sourceAddress { return [.ignored(.ownAddress(priority: advert.priority))] }
        guard advert.priority > 0 else { return [] }
        if configuration.version == .v3, advert.advertisementInterval > .zero {
            masterAdvertisementInterval = advert.advertisementInterval
        }
        masterAddress = source
        masterPriority = advert.priority
        return completeHandover(successor: source, now: now)
    }

    /// The release: the addresses go, and the instance becomes what the handover was for.
    mutating func completeHandover(successor: IPAddress?, now: MonotonicInstant) -> [Action] {
        guard let progress = handover else { return [] }
        handover = nil
        let ended: [Action] = [.handoverEnded(successor: successor)]
        switch progress.purpose {
        case .maintenance: return ended + leaveMaster(reason: .maintenance, now: now)
        case .shutdown:
            return ended + [.transitioned(from: .master, to: .initialize, reason: .shutdown), .removeVirtualAddresses]
                + stopped()
        }
    }

    /// `resume` while a maintenance handover still waits: the instance stays MASTER and advertises its
    /// priority again at once, so a backup that was about to take over hears it.
    mutating func cancelHandover(now: MonotonicInstant) -> [Action] {
        handover = nil
        stateTimer = now + configuration.advertisementInterval
        return [.sendAdvertisement(priority: effectivePriority)]
    }
}
