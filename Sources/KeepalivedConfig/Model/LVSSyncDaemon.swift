import NetworkPrimitives

/// `lvs_sync_daemon INTERFACE [INSTANCE] [id N] [maxlen N] [port N] [ttl N] [group ADDRESS]` in
/// `global_defs`: the kernel's IPVS connection-synchronisation daemon, multicasting on `interface`.
/// With an instance it follows that VRRP instance (master daemon while MASTER, backup daemon
/// otherwise); without one both daemons run for as long as vigil does (Docs/Keepalived.md §5).
public struct LVSSyncDaemon: Hashable, Sendable {
    /// The interface the sync messages go out of and come in on.
    public var interface: InterfaceName
    /// The VRRP instance whose state the daemon follows (`inst NAME`, or the word after the interface).
    public var instance: String?
    /// `id N` (0...255); once the configuration is complete, the instance's VRID when not written
    /// (0 without an instance).
    public var syncID: UInt8?
    /// `maxlen N`: the largest sync message payload (1...65507); the kernel's choice when nil.
    public var maximumLength: UInt16?
    /// `port N`: the multicast port; the kernel's 8848 when nil.
    public var port: UInt16?
    /// `ttl N` (1...255): the multicast TTL; the kernel's 1 when nil.
    public var ttl: UInt8?
    /// `group ADDRESS`: an IPv4 or IPv6 multicast group; the kernel's 224.0.0.81 when nil.
    public var group: IPAddress?
    /// Where the keyword was written.
    public var location: SourceLocation?

    public init(interface: InterfaceName, instance: String? = nil, location: SourceLocation? = nil) {
        self.interface = interface
        self.instance = instance
        self.location = location
    }
}
