import NetworkPrimitives

// Gratuitous ARP request as keepalived sends it (RFC 826 layout, RFC 5227 section 3 usage):
// +----------------------+----------------------+-----------+
// | dst ff:ff:ff:ff:ff:ff| src interface MAC    | type 0806 |  Ethernet, 14 bytes
// +------+------+----+----+------+--------------+-----------+
// | htype 1 | ptype 0800 | hlen 6 | plen 4 | op 1 (request)  |  ARP, 8 bytes
// | sender HW = MAC (6)  | sender IP = VIP (4)              |
// | target HW = ff..ff(6)| target IP = VIP (4)              |  28 bytes in all
// +----------------------+----------------------------------+

/// The 42-byte Ethernet frame announcing a VIP after takeover (RFC 5798 section 6.4.2,
/// Docs/Keepalived.md §3.12): an ARP request with sender and target IP both the VIP.
public enum GratuitousARPFrame {
    /// Frame length in bytes: 14 Ethernet + 28 ARP (the NIC pads it to 60).
    public static let length = 42

    /// The frame for `address`, sent from `senderMAC` (the interface or VMAC address).
    public static func build(senderMAC: MACAddress, address: IPv4Address) -> [UInt8] {
        var writer = ByteWriter(capacity: length)
        writer.write(contentsOf: MACAddress.broadcast.bytes)
        writer.write(contentsOf: senderMAC.bytes)
        writer.write(UInt16(0x0806))
        writer.write(UInt16(1))  // hardware type Ethernet
        writer.write(UInt16(0x0800))  // protocol type IPv4
        writer.write(UInt8(6))
        writer.write(UInt8(4))
        writer.write(UInt16(1))  // request
        writer.write(contentsOf: senderMAC.bytes)
        writer.write(address.value)
        // keepalived sets the target hardware address to broadcast, not zero.
        writer.write(contentsOf: MACAddress.broadcast.bytes)
        writer.write(address.value)
        return writer.bytes
    }
}
