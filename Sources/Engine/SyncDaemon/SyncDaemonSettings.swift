import NetworkPrimitives

/// What the kernel is told when a sync daemon starts (`lvs_sync_daemon`'s values, Docs/Keepalived.md §5).
public struct SyncDaemonSettings: Hashable, Sendable {
    /// The interface the sync messages use.
    public var interface: InterfaceName
    /// The sync id: a backup takes only messages carrying its own.
    public var syncID: UInt8
    /// The largest sync message payload; the kernel's choice when nil.
    public var maximumLength: UInt16?
    /// The multicast port; the kernel's 8848 when nil.
    public var port: UInt16?
    /// The multicast TTL; the kernel's 1 when nil.
    public var ttl: UInt8?
    /// The multicast group; the kernel's 224.0.0.81 when nil.
    public var group: IPAddress?

    public init(
        interface: InterfaceName, syncID: UInt8, maximumLength: UInt16? = nil, port: UInt16? = nil,
        ttl: UInt8? = nil, group: IPAddress? = nil
    ) {
        self.interface = interface
        self.syncID = syncID
        self.maximumLength = maximumLength
        self.port = port
        self.ttl = ttl
        self.group = group
    }
}
