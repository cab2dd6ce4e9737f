/// A whole keepalived.conf after validation: every block typed, every default filled in, in the order
/// written. Blocks that keepalived would drop (an instance without a VRID, a virtual server without
/// real servers, ...) are absent; the diagnostics that accompany the configuration say why.
public struct KeepalivedConfiguration: Hashable, Sendable {
    public var globalDefinitions: GlobalDefinitions
    public var vrrpScripts: [VRRPScript]
    public var trackFiles: [TrackFile]
    public var vrrpSyncGroups: [SyncGroupBlock]
    public var vrrpInstances: [VRRPInstance]
    public var staticAddressing: StaticAddressing
    public var virtualServerGroups: [VirtualServerGroup]
    public var virtualServers: [VirtualServer]
    /// The root `SSL { }` block.
    public var ssl: SSLSettings?
    /// The Vigil-only `vigil_bgp { }` block; nil when absent (keepalived has none).
    public var bgp: BGPSettings?

    public init() {
        globalDefinitions = GlobalDefinitions()
        vrrpScripts = []
        trackFiles = []
        vrrpSyncGroups = []
        vrrpInstances = []
        staticAddressing = StaticAddressing()
        virtualServerGroups = []
        virtualServers = []
    }

    /// The `vrrp_instance` with this name.
    public func vrrpInstance(named name: String) -> VRRPInstance? {
        vrrpInstances.first { $0.name == name }
    }

    /// The `vrrp_script` with this name.
    public func vrrpScript(named name: String) -> VRRPScript? {
        vrrpScripts.first { $0.name == name }
    }
}
