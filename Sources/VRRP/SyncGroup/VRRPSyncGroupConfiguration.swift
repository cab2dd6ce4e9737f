/// A `vrrp_sync_group` (keepalived sections 2.3 and 3.15): instances that change state together.
public struct VRRPSyncGroupConfiguration: Hashable, Sendable {
    public var name: String
    /// Member instance names; an instance belongs to at most one group.
    public var members: [String]
    /// Group-level `track_*` lines, applied to every member.
    public var trackers: [VRRPTrackerBinding]
    /// `sync_group_tracking_weight`: keep weighted trackers on members (otherwise they are dropped).
    public var trackingWeight: Bool

    public init(name: String, members: [String], trackers: [VRRPTrackerBinding] = [], trackingWeight: Bool = false) {
        self.name = name
        self.members = members
        self.trackers = trackers
        self.trackingWeight = trackingWeight
    }
}
