import NetworkPrimitives

extension VRRPStateMachine {
    /// Maintenance (`vigil ctl maintenance`): a MASTER hands over (at once, or make before break with
    /// `resume` cancelling a handover still waiting) and becomes BACKUP; in maintenance
    /// the Master_Down_Timer never makes the instance MASTER, so it neither takes over nor preempts.
    /// The flag survives faults and reloads; `.leave` lets the instance compete again.
    mutating func maintenance(_ request: VRRPMaintenance, now: MonotonicInstant) -> [Action] {
        switch request {
        case .enter(let handover):
            guard !inMaintenance else { return [.ignored(.notApplicable(state))] }
            inMaintenance = true
            wantsMaster = false
            guard state == .master, self.handover == nil else { return [] }
            return handOver(handover, now: now)
        case .leave:
            guard inMaintenance else { return [.ignored(.notApplicable(state))] }
            inMaintenance = false
            if handover?.purpose == .maintenance { return cancelHandover(now: now) }
            // Without a master heard since, the usual Master_Down_Interval decides; with a lower-priority
            // master, preemption follows the configuration as it would after any advert.
            if state == .backup { stateTimer = now + masterDownInterval }
            return []
        }
    }

    private mutating func handOver(_ handover: VRRPHandover, now: MonotonicInstant) -> [Action] {
        switch handover {
        case .priorityZero:
            // The priority-0 advert goes out while the addresses are still ours, as on shutdown.
            return [.sendAdvertisement(priority: 0)] + leaveMaster(reason: .maintenance, now: now)
        case .makeBeforeBreak:
            return beginHandover(.maintenance, now: now)
        }
    }
}
