import CNetShim
import Glibc
import Netlink
import NetworkPrimitives

/// Turns a received raw datagram and its ancillary data into a `ReceivedVRRPDatagram`, or nil
/// when something required is missing or malformed. The IP header and the control messages are
/// read in place; the payload array comes from `payload` (the socket's `ReceivedPayloadRing`), so
/// parsing allocates nothing of its own.
enum ReceivedDatagramParser {
    /// Makes the datagram's payload array from its bytes (valid only during the call).
    typealias PayloadMaker = (UnsafeRawBufferPointer) -> [UInt8]

    /// IPv4 raw sockets deliver the IP header: TTL, addresses and total length come from it, the
    /// interface from `IP_PKTINFO`.
    static func ipv4(
        _ bytes: UnsafeRawBufferPointer, control: UnsafeRawBufferPointer, payload: PayloadMaker
    ) -> ReceivedVRRPDatagram? {
        guard bytes.count >= 20, bytes[0] >> 4 == 4 else { return nil }
        let headerLength = Int(bytes[0] & 0x0f) * 4
        guard headerLength >= 20, headerLength <= bytes.count,
            let source = IPv4Address(bytes: UnsafeRawBufferPointer(rebasing: bytes[12..<16])),
            let destination = IPv4Address(bytes: UnsafeRawBufferPointer(rebasing: bytes[16..<20])),
            let index = ipv4InterfaceIndex(control)
        else { return nil }
        return ReceivedVRRPDatagram(
            payload: payload(UnsafeRawBufferPointer(rebasing: bytes[headerLength...])), source: .v4(source),
            destination: .v4(destination), ttlOrHopLimit: bytes[8], interfaceIndex: index,
            ipv4TotalLength: UInt16(bytes[2]) << 8 | UInt16(bytes[3]), ipv4HeaderLength: headerLength)
    }

    /// IPv6 raw sockets deliver only the payload: the hop limit comes from `IPV6_HOPLIMIT`, the
    /// destination and interface from `IPV6_PKTINFO`.
    static func ipv6(
        _ bytes: UnsafeRawBufferPointer, control: UnsafeRawBufferPointer, source: IPv6Address, payload: PayloadMaker
    ) -> ReceivedVRRPDatagram? {
        var hopLimit: Int32?
        var packetInfo: (IPv6Address, InterfaceIndex)?
        ControlMessage.forEach(in: control) { level, type, data in
            guard level == Int32(IPPROTO_IPV6) else { return }
            if type == IPV6_HOPLIMIT { hopLimit = ControlMessage.int32Value(data) }
            // struct in6_pktinfo { struct in6_addr ipi6_addr; int ipi6_ifindex; }
            if type == IPV6_PKTINFO, data.count >= 20,
                let address = IPv6Address(bytes: UnsafeRawBufferPointer(rebasing: data[0..<16]))
            {
                let index = Int32(littleEndian: data.loadUnaligned(fromByteOffset: 16, as: Int32.self))
                packetInfo = (address, InterfaceIndex(index))
            }
        }
        guard let hopLimit, let (destination, index) = packetInfo else { return nil }
        return ReceivedVRRPDatagram(
            payload: payload(bytes), source: .v6(source), destination: .v6(destination),
            ttlOrHopLimit: UInt8(clamping: hopLimit), interfaceIndex: index)
    }

    /// `ipv4` of a message read into fresh arrays, the payload a fresh array.
    static func ipv4(_ message: ReceivedMessage) -> ReceivedVRRPDatagram? {
        message.bytes.withUnsafeBytes { bytes in
            message.control.withUnsafeBytes { control in ipv4(bytes, control: control) { Array($0) } }
        }
    }

    /// `ipv6` of a message read into fresh arrays, the payload a fresh array.
    static func ipv6(_ message: ReceivedMessage, source: IPv6Address) -> ReceivedVRRPDatagram? {
        message.bytes.withUnsafeBytes { bytes in
            message.control.withUnsafeBytes { control in ipv6(bytes, control: control, source: source) { Array($0) } }
        }
    }

    // struct in_pktinfo { int ipi_ifindex; struct in_addr ipi_spec_dst; struct in_addr ipi_addr; }
    private static func ipv4InterfaceIndex(_ control: UnsafeRawBufferPointer) -> InterfaceIndex? {
        var index: InterfaceIndex?
        ControlMessage.forEach(in: control) { level, type, data in
            guard index == nil, level == Int32(IPPROTO_IP), type == IP_PKTINFO else { return }
            index = ControlMessage.int32Value(data).map { InterfaceIndex($0) }
        }
        return index
    }
}
