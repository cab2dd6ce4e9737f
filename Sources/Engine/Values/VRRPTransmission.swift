import NetworkPrimitives

/// One encoded VRRP advertisement and where it goes (Docs/Keepalived.md §3.2).
public struct VRRPTransmission: Hashable, Sendable {
    /// The name of the instance that sends it, for counters and logs.
    public var instance: String
    public var interface: InterfaceName
    /// The IP source: `unicast_src_ip`/`mcast_src_ip`, or the interface's primary (IPv4) or link-local (IPv6) address.
    public var source: IPAddress
    /// The multicast group, or one unicast peer.
    public var destination: IPAddress
    /// The VRRP message (RFC 5798 section 5.1), checksum filled in.
    public var payload: [UInt8]

    public init(instance: String, interface: InterfaceName, source: IPAddress, destination: IPAddress, payload: [UInt8]) {
        self.instance = instance
        self.interface = interface
        self.source = source
        self.destination = destination
        self.payload = payload
    }
}
