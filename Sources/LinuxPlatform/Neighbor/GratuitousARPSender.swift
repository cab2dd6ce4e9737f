import CNetShim
import Glibc
import Netlink
import NetworkPrimitives
import VRRP

/// Sends whole Ethernet frames over an `AF_PACKET` socket: gratuitous ARP for IPv4 VIPs
/// (RFC 5798 section 6.4.2, Docs/Keepalived.md §3.12). The socket is opened with
/// protocol 0, so it receives nothing.
public final class GratuitousARPSender: Sendable {
    let handle: SocketHandle

    public init() throws(SystemError) {
        handle = try SocketHandle(domain: AF_PACKET, type: Int32(SOCK_RAW.rawValue), protocol: 0)
    }

    /// Closes the socket.
    public func close() { handle.close() }

    /// Sends `frame` (Ethernet header included; the destination MAC and EtherType are read from
    /// it) out of `interfaceIndex`.
    public func send(frame: [UInt8], interfaceIndex: InterfaceIndex) throws(SystemError) {
        guard frame.count >= 14 else {
            throw SystemError(call: "sendto(AF_PACKET frame shorter than 14 bytes)", errno: EINVAL)
        }
        var link = sockaddr_ll()
        link.sll_family = UInt16(AF_PACKET)
        link.sll_protocol = (UInt16(frame[12]) << 8 | UInt16(frame[13])).bigEndian
        link.sll_ifindex = interfaceIndex.rawValue
        link.sll_halen = 6
        withUnsafeMutableBytes(of: &link.sll_addr) { raw in
            for i in 0..<6 { raw[i] = frame[i] }
        }
        _ = try System.sendTo(handle.descriptor, frame, address: &link)
    }

    /// Sends one gratuitous ARP request for `address` from `senderMAC` (the interface's MAC).
    public func announce(_ address: IPv4Address, senderMAC: MACAddress, interfaceIndex: InterfaceIndex)
        throws(SystemError)
    {
        try send(
            frame: GratuitousARPFrame.build(senderMAC: senderMAC, address: address), interfaceIndex: interfaceIndex)
    }
}
