import NetworkPrimitives

extension VRRPStateMachine {
    /// Inputs of one instance. Received adverts have already passed the receive pipeline
    /// (keepalived section 3.5); only state-specific handling remains (RFC 5798 section 6.4).
    public enum Event: Hashable, Sendable {
        /// Leave INIT (RFC 5798 section 6.4.1 "Startup").
        case start
        /// A valid advert for this VRID from `source`.
        case advertisementReceived(VRRPAdvertisement, source: IPAddress)
        /// The clock reached (or passed) `nextDeadline`; spurious calls are harmless.
        case deadlineReached
        /// A tracked object has a new reading.
        case trackerChanged(VRRPTrackerID, VRRPTrackerReading)
        /// Someone else deleted one of our virtual addresses.
        case virtualAddressRemoved(IPAddress)
        /// A fault found outside the trackers set or cleared (e.g. by the configuration layer).
        case faultCondition(VRRPFaultCondition, active: Bool)
        /// The sync group moves this member to MASTER or BACKUP (keepalived section 3.15).
        case syncGroupTransition(to: VRRPState, group: String)
        /// Another member of the sync group heard a lower priority: repeat its GARP sequence.
        case syncGroupLowerPriorityHeard(group: String)
        /// Orderly stop (RFC 5798 section 6.4.3 "Shutdown"): a MASTER releases at once.
        case shutdown
        /// Orderly stop, make before break (Docs/Handover.md): a MASTER hands over first and stops when
        /// its successor shows (or at Master_Down_Interval); any other state stops at once. Repeated
        /// during the handover, it releases at once.
        case shutdownAfterHandover
        /// The operator puts the instance into maintenance or takes it out.
        case maintenance(VRRPMaintenance)
    }
}
