/// A `vrrp_sync_group NAME { group { ... } }` block: instances that change state together
/// (Docs/Keepalived.md §3.15).
public struct SyncGroupBlock: Hashable, Sendable {
    public var name: String
    public var location: SourceLocation
    /// The member instances' names, in written order (members that do not exist are dropped).
    public var members: [String]
    /// Tracking applied to every member.
    public var trackedInterfaces: [TrackedInterface]
    public var trackedScripts: [TrackedScript]
    public var trackedFiles: [TrackedFile]
    public var notify: NotifyScripts
    /// `smtp_alert [BOOL]`; `nil` when not written.
    public var smtpAlert: Bool?
    /// `notify_priority_changes BOOL`; `nil` when not written.
    public var notifyPriorityChanges: Bool?
    /// `sync_group_tracking_weight`: keep weighted trackers on members (otherwise keepalived drops them).
    public var trackingWeight: Bool

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
        members = []
        trackedInterfaces = []
        trackedScripts = []
        trackedFiles = []
        notify = NotifyScripts()
        trackingWeight = false
    }
}
