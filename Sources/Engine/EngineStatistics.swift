/// Counters for the data and statistics dumps (Docs/Keepalived.md §6.2); names follow keepalived's.
public struct EngineStatistics: Hashable, Sendable {
    public static func == (lhs: EngineStatistics, rhs: EngineStatistics) -> Bool {
        lhs.instances == rhs.instances && lhs.syncGroupTransitions == rhs.syncGroupTransitions
            && lhs.unmatchedPackets == rhs.unmatchedPackets
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(instances)
        hasher.combine(syncGroupTransitions)
        hasher.combine(unmatchedPackets)
    }

    /// Per-instance counters.
    public struct Instance: Hashable, Sendable {
        public var advertisementsReceived = 0
        public var advertisementsSent = 0
        public var becameMaster = 0
        public var releasedMaster = 0
        public var priorityZeroSent = 0
        /// Lower-priority adverts a preempting BACKUP discarded (only the first of a run is logged).
        public var lowerPriorityDiscarded = 0
        /// Priority 0 advertisements received (keepalived's `pri_zero_rcvd`).
        public var priorityZeroReceived = 0
        /// State changes by cause (`TransitionCause.rawValue`).
        public var transitions: [String: Int] = [:]
        /// The last state change, nil before the first.
        public var lastTransition: EngineTransition?
        /// True from a priority 0 advertisement until the next advertisement or state change: a
        /// Master_Down timer firing then is a takeover after the master stepped down.
        var heardPriorityZero = false
        /// Rejected packets by reason (`VRRPRejection.counterName`).
        public var rejected: [String: Int] = [:]
        /// Accepted packets worth noting (`AdvertisementObservation.counterName`).
        public var observed: [String: Int] = [:]

        public init() {}
    }

    public var instances: [String: Instance] = [:]
    /// Each sync group's last state change, its reason the member change that moved it.
    public var syncGroupTransitions: [String: EngineTransition] = [:]
    /// The instance whose change was recorded last: the reason a sync group then follows.
    var latestInstanceTransition: (name: String, transition: EngineTransition)?
    /// Packets that matched no instance, or were too short to name one.
    public var unmatchedPackets = 0

    public init() {}

    /// Rejections of every instance, by reason.
    public var rejections: [String: Int] {
        instances.values.reduce(into: [:]) { total, instance in
            total.merge(instance.rejected, uniquingKeysWith: +)
        }
    }
}
