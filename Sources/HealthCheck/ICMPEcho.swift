import NetworkPrimitives

/// ICMP and ICMPv6 echo messages (RFC 792 "Echo or Echo Reply Message", RFC 4443 §4.1–4.2).
///
///     0                   1                   2                   3
///     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
///    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
///    |     Type      |     Code      |          Checksum             |
///    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
///    |           Identifier          |        Sequence Number        |
///    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
///    |     Data ...
public struct ICMPEcho: Hashable, Sendable {
    public var family: AddressFamily
    public var identifier: UInt16
    public var sequence: UInt16
    public var payload: [UInt8]

    public init(family: AddressFamily, identifier: UInt16, sequence: UInt16, payload: [UInt8]) {
        self.family = family
        self.identifier = identifier
        self.sequence = sequence
        self.payload = payload
    }

    private var requestType: UInt8 { family == .inet ? 8 : 128 }
    private var replyType: UInt8 { family == .inet ? 0 : 129 }

    /// The echo request. The IPv4 checksum is ours to fill; for ICMPv6 the kernel computes it over
    /// the pseudo-header (RFC 4443 §2.3), so it stays zero.
    public var request: [UInt8] {
        var writer = ByteWriter(capacity: 8 + payload.count)
        writer.write(requestType)
        writer.write(UInt8(0))
        writer.write(UInt16(0))
        writer.write(identifier)
        writer.write(sequence)
        writer.write(contentsOf: payload)
        if family == .inet { writer.set(InternetChecksum.compute(writer.bytes), at: 2) }
        return writer.bytes
    }

    /// True when `message` (an ICMP message without IP header) answers this request. Datagram ICMP
    /// sockets rewrite the identifier, so it is compared only when `matchIdentifier` is set.
    public func isReply(_ message: [UInt8], matchIdentifier: Bool) -> Bool {
        var reader = ByteReader(message)
        guard let type = try? reader.readUInt8(), type == replyType, (try? reader.skip(3)) != nil,
            let identifier = try? reader.readUInt16(), let sequence = try? reader.readUInt16()
        else { return false }
        return sequence == self.sequence && (!matchIdentifier || identifier == self.identifier)
    }

    /// The ICMP message inside an IPv4 datagram as a raw socket delivers it (RFC 791 §3.1 IHL).
    public static func stripIPv4Header(_ packet: [UInt8]) -> [UInt8]? {
        guard let first = packet.first, first >> 4 == 4 else { return nil }
        let headerLength = Int(first & 0x0f) * 4
        guard headerLength >= 20, packet.count >= headerLength else { return nil }
        return Array(packet[headerLength...])
    }
}
