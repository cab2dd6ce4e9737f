/// Counters for the data and statistics dumps (Docs/Keepalived.md §6.2); names follow keepalived's.
public struct EngineStatistics: Hashable, Sendable {
    /// Per-instance counters.
    public struct Instance: Hashable, Sendable {
        public var advertisementsReceived = 0
        public var advertisementsSent = 0
        public var becameMaster = 0
        public var releasedMaster = 0
        public var priorityZeroSent = 0
        /// Rejected packets by reason (`VRRPRejection.counterName`).
        public var rejected: [String: Int] = [:]
        /// Accepted packets worth noting (`AdvertisementObservation.counterName`).
        public var observed: [String: Int] = [:]

        public init() {}
    }

    public var instances: [String: Instance] = [:]
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
