import NetworkPrimitives

// Unsolicited Neighbor Advertisement (RFC 4861 section 4.4, sent per section 7.2.6):
// +---------------+---------------+-------------------------------+
// |  Type = 136   |   Code = 0    |           Checksum            |
// +-+-+-+---------+---------------+-------------------------------+
// |R|S|O|                     Reserved                            |
// +-+-+-+---------------------------------------------------------+
// |                  Target Address = VIP (16 bytes)              |
// +---------------+---------------+-------------------------------+
// | Opt type = 2  |  Opt len = 1  |  Target link-layer address... |
// +---------------+---------------+       (6 bytes)               |
// +---------------------------------------------------------------+
// It travels from the VIP itself to ff02::1 with hop limit 255 (Docs/Keepalived.md §3.12), and the checksum
// covers the IPv6 pseudo-header {VIP, ff02::1, 32, 58}.

/// The unsolicited NA that announces an IPv6 VIP after takeover (RFC 5798 section 6.4.2).
public enum UnsolicitedNeighborAdvertisement {
    /// ICMPv6 message length: 24-byte NA plus the 8-byte target link-layer address option.
    public static let messageLength = 32
    /// Full Ethernet frame length: 14 + 40 + 32.
    public static let frameLength = 86
    /// All-nodes multicast ff02::1, the NA's destination.
    public static let allNodes = IPv6Address(high: 0xff02_0000_0000_0000, low: 1)
    /// Ethernet address of ff02::1 (RFC 2464 section 7).
    public static let allNodesMAC = MACAddress(bytes: [0x33, 0x33, 0, 0, 0, 1]) ?? .broadcast

    /// The ICMPv6 message with Override set, Router set when `router` (forwarding enabled on the
    /// interface), and its checksum computed.
    public static func message(target: IPv6Address, linkLayerAddress: MACAddress, router: Bool) -> [UInt8] {
        var writer = ByteWriter(capacity: messageLength)
        writer.write(UInt8(136))
        writer.write(UInt8(0))
        writer.write(UInt16(0))
        writer.write(UInt32((router ? 0x8000_0000 : 0) | 0x2000_0000))
        writer.write(contentsOf: target.bytes)
        writer.write(UInt8(2))
        writer.write(UInt8(1))
        writer.write(contentsOf: linkLayerAddress.bytes)
        var sum = InternetChecksum()
        sum.add(target.bytes)
        sum.add(allNodes.bytes)
        sum.add(UInt16(0))
        sum.add(UInt16(messageLength))
        sum.add(UInt16(0))
        sum.add(UInt16(58))
        sum.add(writer.bytes)
        writer.set(sum.value, at: 2)
        return writer.bytes
    }

    /// The whole Ethernet frame for an AF_PACKET socket: to 33:33:00:00:00:01 from `sourceMAC`,
    /// IPv6 from the VIP to ff02::1, traffic class 0, hop limit 255.
    public static func frame(target: IPv6Address, sourceMAC: MACAddress, router: Bool) -> [UInt8] {
        var writer = ByteWriter(capacity: frameLength)
        writer.write(contentsOf: allNodesMAC.bytes)
        writer.write(contentsOf: sourceMAC.bytes)
        writer.write(UInt16(0x86dd))
        writer.write(UInt32(0x6000_0000))
        writer.write(UInt16(messageLength))
        writer.write(UInt8(58))
        writer.write(UInt8(255))
        writer.write(contentsOf: target.bytes)
        writer.write(contentsOf: allNodes.bytes)
        writer.write(contentsOf: message(target: target, linkLayerAddress: sourceMAC, router: router))
        return writer.bytes
    }
}
