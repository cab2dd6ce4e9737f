import CNetShim
import Glibc
import Netlink
import NetworkPrimitives
import VRRP

/// Sends ICMPv6 messages from a raw ICMPv6 socket with hop limit 255 and a chosen source address:
/// unsolicited Neighbor Advertisements for IPv6 VIPs, from the VIP to ff02::1 (RFC 4861 section
/// 7.2.6, Docs/Keepalived.md §3.12). The kernel fills the ICMPv6 checksum. An
/// `ICMP6_FILTER` that blocks every type keeps the socket from queueing received traffic.
public final class NeighborAdvertisementSender: Sendable {
    let handle: SocketHandle
    /// `ICMP6_FILTER` (netinet/icmp6.h), level `IPPROTO_ICMPV6`.
    static let icmp6Filter: Int32 = 1

    public init() throws(SystemError) {
        handle = try SocketHandle(domain: AF_INET6, type: Int32(SOCK_RAW.rawValue), protocol: Int32(IPPROTO_ICMPV6))
        let fd = handle.descriptor
        let ip6 = Int32(IPPROTO_IPV6)
        try System.setSocketOption(fd, level: ip6, name: IPV6_MULTICAST_HOPS, value: 255, label: "IPV6_MULTICAST_HOPS")
        try System.setSocketOption(fd, level: ip6, name: IPV6_UNICAST_HOPS, value: 255, label: "IPV6_UNICAST_HOPS")
        try System.setSocketOption(fd, level: ip6, name: IPV6_MULTICAST_LOOP, value: 0, label: "IPV6_MULTICAST_LOOP")
        var blockAll = (UInt32.max, UInt32.max, UInt32.max, UInt32.max, UInt32.max, UInt32.max, UInt32.max, UInt32.max)
        try System.setSocketOption(
            fd, level: Int32(IPPROTO_ICMPV6), name: Self.icmp6Filter, bytes: &blockAll, label: "ICMP6_FILTER")
    }

    /// Closes the socket.
    public func close() { handle.close() }

    /// Sends an ICMPv6 `message` from `source` (via `IPV6_PKTINFO`) to `destination` out of
    /// `interfaceIndex`.
    public func send(
        message: [UInt8], source: IPv6Address, destination: IPv6Address = UnsolicitedNeighborAdvertisement.allNodes,
        interfaceIndex: InterfaceIndex
    ) throws(SystemError) {
        var target = SocketAddress.v6(destination, scope: interfaceIndex)
        var info = ByteWriter(capacity: 20)
        info.write(contentsOf: source.bytes)
        info.writeLE(UInt32(bitPattern: interfaceIndex.rawValue))
        let control = ControlMessage(level: Int32(IPPROTO_IPV6), type: IPV6_PKTINFO, data: info.bytes).encoded
        _ = try System.sendDatagram(handle.descriptor, message, to: &target, control: control)
    }

    /// Sends one unsolicited NA for `address` (Override set; Router when `router`), from the
    /// address itself, announcing `linkLayerAddress`.
    public func announce(
        _ address: IPv6Address, linkLayerAddress: MACAddress, router: Bool = false, interfaceIndex: InterfaceIndex
    ) throws(SystemError) {
        let message = UnsolicitedNeighborAdvertisement.message(
            target: address, linkLayerAddress: linkLayerAddress, router: router)
        try send(message: message, source: address, interfaceIndex: interfaceIndex)
    }
}
