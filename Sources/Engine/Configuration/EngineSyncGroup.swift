import VRRP

/// One `vrrp_sync_group`: its members and trackers, and its notify scripts.
public struct EngineSyncGroup: Hashable, Sendable {
    public var vrrp: VRRPSyncGroupConfiguration
    public var notify: NotifyScripts

    public init(vrrp: VRRPSyncGroupConfiguration, notify: NotifyScripts = .none) {
        self.vrrp = vrrp
        self.notify = notify
    }

    public var name: String { vrrp.name }
}
