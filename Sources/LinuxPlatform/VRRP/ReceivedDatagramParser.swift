import CNetShim
import Glibc
import Netlink
import NetworkPrimitives

/// Turns a received raw datagram and its ancillary data into a `ReceivedVRRPDatagram`, or nil
/// when something required is missing or malformed.
enum ReceivedDatagramParser {
    /// IPv4 raw sockets deliver the IP header: TTL, addresses and total length come from it, the
    /// interface from `IP_PKTINFO`.
    static func ipv4(_ message: ReceivedMessage) -> ReceivedVRRPDatagram? {
        let bytes = message.bytes
        guard bytes.count >= 20, bytes[0] >> 4 == 4 else { return nil }
        let headerLength = Int(bytes[0] & 0x0f) * 4
        guard headerLength >= 20, headerLength <= bytes.count,
            let source = IPv4Address(bytes: bytes[12..<16]), let destination = IPv4Address(bytes: bytes[16..<20]),
            let index = ipv4InterfaceIndex(message.control)
        else { return nil }
        return ReceivedVRRPDatagram(
            payload: Array(bytes[headerLength...]), source: .v4(source), destination: .v4(destination),
            ttlOrHopLimit: bytes[8], interfaceIndex: index, ipv4TotalLength: UInt16(bytes[2]) << 8 | UInt16(bytes[3]),
            ipv4HeaderLength: headerLength)
    }

    /// IPv6 raw sockets deliver only the payload: the hop limit comes from `IPV6_HOPLIMIT`, the
    /// destination and interface from `IPV6_PKTINFO`.
    static func ipv6(_ message: ReceivedMessage, source: IPv6Address) -> ReceivedVRRPDatagram? {
        var hopLimit: Int32?
        var packetInfo: (IPv6Address, InterfaceIndex)?
        for control in ControlMessage.decodeAll(message.control) where control.level == Int32(IPPROTO_IPV6) {
            if control.type == IPV6_HOPLIMIT { hopLimit = control.int32Value }
            if control.type == IPV6_PKTINFO, control.data.count >= 20,
                let address = IPv6Address(bytes: control.data[0..<16])
            {
                var reader = ByteReader(control.data, offset: 16)
                if let index = try? reader.readUInt32LE() {
                    packetInfo = (address, InterfaceIndex(Int32(bitPattern: index)))
                }
            }
        }
        guard let hopLimit, let (destination, index) = packetInfo else { return nil }
        return ReceivedVRRPDatagram(
            payload: message.bytes, source: .v6(source), destination: .v6(destination),
            ttlOrHopLimit: UInt8(clamping: hopLimit), interfaceIndex: index)
    }

    // struct in_pktinfo { int ipi_ifindex; struct in_addr ipi_spec_dst; struct in_addr ipi_addr; }
    private static func ipv4InterfaceIndex(_ control: [UInt8]) -> InterfaceIndex? {
        for message in ControlMessage.decodeAll(control)
        where message.level == Int32(IPPROTO_IP) && message.type == IP_PKTINFO {
            if let index = message.int32Value { return InterfaceIndex(index) }
        }
        return nil
    }
}
