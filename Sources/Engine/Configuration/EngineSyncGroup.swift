import VRRP

/// One `vrrp_sync_group`: its members and trackers, and its notify scripts.
public struct EngineSyncGroup: Hashable, Sendable {
    public var vrrp: VRRPSyncGroupConfiguration
    public var notify: NotificationScripts

    public init(vrrp: VRRPSyncGroupConfiguration, notify: NotificationScripts = .none) {
        self.vrrp = vrrp
        self.notify = notify
    }

    public var name: String { vrrp.name }
}
