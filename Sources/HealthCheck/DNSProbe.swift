/// A DNS_CHECK: one query over UDP whose reply must carry the same id, QR=1 and RCODE 0.
public struct DNSProbe: Hashable, Sendable {
    /// The query types keepalived accepts.
    public enum QueryType: String, Hashable, Sendable, CaseIterable {
        case a = "A"
        case ns = "NS"
        case cname = "CNAME"
        case soa = "SOA"
        case mx = "MX"
        case txt = "TXT"
        case aaaa = "AAAA"
        case rrsig = "RRSIG"
        case dnskey = "DNSKEY"
    }

    public var type: QueryType
    /// The queried name; keepalived's default is the root.
    public var name: String

    public init(type: QueryType = .soa, name: String = ".") {
        self.type = type
        self.name = name
    }
}
