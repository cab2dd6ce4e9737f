import Netlink
import NetworkPrimitives

/// One raw VRRP socket the daemon opens: keepalived keeps one per interface, family and multicast
/// group, or per interface, family and unicast source (Docs/Keepalived.md §1.4 and §3.2).
public struct VRRPSocketSpecification: Hashable, Sendable {
    /// Multicast to a group, or unicast to the configured peers.
    public enum Mode: Hashable, Sendable {
        case multicast(group: IPAddress)
        case unicast
    }

    /// The interface the socket is bound to.
    public var interface: InterfaceName
    /// The interface's kernel index.
    public var interfaceIndex: InterfaceIndex
    /// IPv4 or IPv6.
    public var family: AddressFamily
    /// Multicast group or unicast.
    public var mode: Mode
    /// The advert source; unicast sockets bind to it.
    public var source: IPAddress?
    /// `unicast_ttl`; nil = the kernel default (keepalived's IPv6 unicast behaviour).
    public var unicastHopLimit: UInt8?

    /// How transmissions find their socket.
    package var key: Key { Key(interface: interface, family: family, unicastSource: mode == .unicast ? source : nil) }

    /// Interface, family and (unicast only) source: one socket per key.
    package struct Key: Hashable, Sendable {
        package var interface: InterfaceName
        package var family: AddressFamily
        package var unicastSource: IPAddress?
    }

    /// A specification; `source` and `unicastHopLimit` are nil unless configured.
    public init(
        interface: InterfaceName, interfaceIndex: InterfaceIndex, family: AddressFamily, mode: Mode,
        source: IPAddress? = nil, unicastHopLimit: UInt8? = nil
    ) {
        self.interface = interface
        self.interfaceIndex = interfaceIndex
        self.family = family
        self.mode = mode
        self.source = source
        self.unicastHopLimit = unicastHopLimit
    }
}
