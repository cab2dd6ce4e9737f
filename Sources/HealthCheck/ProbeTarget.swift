import NetworkPrimitives

/// Where a probe connects and which local endpoint it uses (`connect_ip`, `connect_port`, `bindto`,
/// `bind_port`, `bind_if`, `fwmark`; Docs/Keepalived.md §2.3 "checker blocks").
public struct ProbeTarget: Hashable, Sendable, CustomStringConvertible {
    /// The address probed: `connect_ip`, else the real server's address.
    public var address: IPAddress
    /// The port probed: `connect_port`, else the real server's port (0 for ICMP and scripts).
    public var port: UInt16
    public var bindAddress: IPAddress?
    public var bindPort: UInt16?
    /// Needed to reach an IPv6 link-local address.
    public var bindInterface: InterfaceName?
    /// SO_MARK set on the probe's socket.
    public var fwmark: UInt32?

    public init(
        address: IPAddress, port: UInt16, bindAddress: IPAddress? = nil, bindPort: UInt16? = nil,
        bindInterface: InterfaceName? = nil, fwmark: UInt32? = nil
    ) {
        self.address = address
        self.port = port
        self.bindAddress = bindAddress
        self.bindPort = bindPort
        self.bindInterface = bindInterface
        self.fwmark = fwmark
    }

    /// keepalived's `[address]:port` form.
    public var description: String { "[\(address)]:\(port)" }
}
