import CNetShim
import Netlink
import NetworkPrimitives

/// How a `RawVRRPSocket` is opened: family, interface, multicast or unicast, source address and
/// the envelope of Docs/Keepalived.md §3.2.
public struct RawVRRPSocketConfiguration: Hashable, Sendable {
    /// Multicast to a group joined on the interface, or unicast to configured peers.
    public enum Mode: Hashable, Sendable {
        /// Join `group` (224.0.0.18 / ff02::12 by default) on the interface and receive only it.
        case multicast(group: IPAddress)
        /// Receive datagrams addressed to the source address; send to each peer in turn.
        case unicast
    }

    public var family: AddressFamily
    public var interfaceIndex: InterfaceIndex
    public var mode: Mode
    /// The source address of sent adverts (`mcast_src_ip` / `unicast_src_ip`, or the interface's
    /// primary IPv4 / link-local IPv6 address). nil lets the kernel choose. In unicast mode the
    /// socket also binds to it (with `IP_FREEBIND`), so only datagrams to it arrive.
    public var sourceAddress: IPAddress?
    /// TTL / hop limit of unicast adverts (`unicast_ttl`); nil = the kernel default (keepalived's
    /// behaviour for IPv6 unicast). Multicast always uses 255 (RFC 5798 section 5.1.1.3).
    public var unicastHopLimit: UInt8?
    /// IPv4 TOS / IPv6 traffic class: 0xC0 (CS6), as keepalived sends.
    public var trafficClass: UInt8

    public init(
        family: AddressFamily, interfaceIndex: InterfaceIndex, mode: Mode, sourceAddress: IPAddress? = nil,
        unicastHopLimit: UInt8? = 255, trafficClass: UInt8 = 0xC0
    ) {
        self.family = family
        self.interfaceIndex = interfaceIndex
        self.mode = mode
        self.sourceAddress = sourceAddress
        self.unicastHopLimit = unicastHopLimit
        self.trafficClass = trafficClass
    }

    /// Multicast on `interfaceIndex` with the VRRP group of `family` (RFC 5798 section 5.1.1.2).
    public static func multicast(
        family: AddressFamily, interfaceIndex: InterfaceIndex, sourceAddress: IPAddress? = nil
    ) -> RawVRRPSocketConfiguration {
        let group: IPAddress =
            switch family {
            case .inet: .v4(.vrrpMulticastGroup)
            case .inet6: .v6(.vrrpMulticastGroup)
            }
        return RawVRRPSocketConfiguration(
            family: family, interfaceIndex: interfaceIndex, mode: .multicast(group: group), sourceAddress: sourceAddress
        )
    }
}
