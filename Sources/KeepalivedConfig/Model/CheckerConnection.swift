import NetworkPrimitives

/// The connection keywords shared by network checkers: `connect_ip`, `connect_port`, `bindto`,
/// `bind_port`, `bind_if`, `connect_timeout`, `fwmark`.
public struct CheckerConnection: Hashable, Sendable {
    /// `connect_ip`: the real server's address by default.
    public var address: IPAddress
    /// `connect_port`: the real server's port by default.
    public var port: UInt16
    /// `bindto`: the local source address.
    public var bindAddress: IPAddress?
    /// `bind_port`.
    public var bindPort: UInt16?
    /// `bind_if` (needed for IPv6 link-local addresses).
    public var bindInterface: InterfaceName?
    /// `connect_timeout`: the real server's, else the virtual server's, else 5 s.
    public var connectTimeout: Duration
    /// `fwmark`: SO_MARK on the probe socket.
    public var firewallMark: UInt32?

    public init(address: IPAddress, port: UInt16, connectTimeout: Duration) {
        self.address = address
        self.port = port
        self.connectTimeout = connectTimeout
    }
}
