import NetworkPrimitives

/// The one-question query DNS_CHECK sends and its reading of replies (Docs/Keepalived.md §2.3): a reply
/// counts when it carries the query's id and QR=1, and passes when its RCODE is 0 (RFC 1035 §4.1.1).
public struct DNSQuery: Hashable, Sendable {
    public enum EncodingError: Error, Hashable {
        case labelTooLong(String)
        case emptyLabel(String)
        case nameTooLong(String)
    }

    /// What a received datagram means for the probe.
    public enum Reply: Hashable, Sendable {
        /// Too short, another id, or not a response: keep waiting, as keepalived does.
        case ignored
        case answered
        case failed(rcode: Int)
    }

    public var id: UInt16
    public var type: DNSProbe.QueryType
    public var name: String

    public init(id: UInt16, type: DNSProbe.QueryType, name: String) {
        self.id = id
        self.type = type
        self.name = name
    }

    /// QTYPE values (RFC 1035 §3.2.2, RFC 3596 §2.1, RFC 4034 §2.1 and §3.1).
    public static func code(of type: DNSProbe.QueryType) -> UInt16 {
        switch type {
        case .a: 1
        case .ns: 2
        case .cname: 5
        case .soa: 6
        case .mx: 15
        case .txt: 16
        case .aaaa: 28
        case .rrsig: 46
        case .dnskey: 48
        }
    }

    /// Header with RD=1 and QDCOUNT=1, then QNAME, QTYPE and QCLASS IN (RFC 1035 §4.1).
    public func encoded() throws(EncodingError) -> [UInt8] {
        var writer = ByteWriter(capacity: 32 + name.utf8.count)
        writer.write(id)
        writer.write(UInt16(0x0100))
        writer.write(UInt16(1))
        writer.write(zeros: 6)
        try writeName(into: &writer)
        writer.write(Self.code(of: type))
        writer.write(UInt16(1))
        return writer.bytes
    }

    /// Labels of at most 63 octets, 255 octets in all (RFC 1035 §2.3.4); "." is the root.
    private func writeName(into writer: inout ByteWriter) throws(EncodingError) {
        let trimmed = name.hasSuffix(".") ? String(name.dropLast()) : name
        var length = 1
        if !trimmed.isEmpty {
            for label in trimmed.split(separator: ".", omittingEmptySubsequences: false) {
                guard !label.isEmpty else { throw .emptyLabel(name) }
                guard label.utf8.count <= 63 else { throw .labelTooLong(name) }
                writer.write(UInt8(label.utf8.count))
                writer.write(contentsOf: label.utf8)
                length += label.utf8.count + 1
            }
        }
        guard length <= 255 else { throw .nameTooLong(name) }
        writer.write(UInt8(0))
    }

    /// What `datagram` means for the probe.
    public func judge(_ datagram: [UInt8]) -> Reply {
        var reader = ByteReader(datagram)
        guard datagram.count >= 12, let replyID = try? reader.readUInt16(), let flags = try? reader.readUInt16(),
            replyID == id, flags & 0x8000 != 0
        else { return .ignored }
        let rcode = Int(flags & 0x000f)
        return rcode == 0 ? .answered : .failed(rcode: rcode)
    }
}
