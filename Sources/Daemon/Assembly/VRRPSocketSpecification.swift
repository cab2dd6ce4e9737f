import Netlink
import NetworkPrimitives

/// One raw VRRP socket the daemon opens: keepalived keeps one per interface, family and multicast
/// group, or per interface, family and unicast source (keepalived-behaviour 1.4 and 3.2).
public struct VRRPSocketSpecification: Hashable, Sendable {
    public enum Mode: Hashable, Sendable {
        case multicast(group: IPAddress)
        case unicast
    }

    public var interface: InterfaceName
    public var interfaceIndex: InterfaceIndex
    public var family: AddressFamily
    public var mode: Mode
    /// The advert source; unicast sockets bind to it.
    public var source: IPAddress?
    /// `unicast_ttl`; nil = the kernel default (keepalived's IPv6 unicast behaviour).
    public var unicastHopLimit: UInt8?

    /// How transmissions find their socket.
    var key: Key { Key(interface: interface, family: family, unicastSource: mode == .unicast ? source : nil) }

    struct Key: Hashable, Sendable {
        var interface: InterfaceName
        var family: AddressFamily
        var unicastSource: IPAddress?
    }
}
