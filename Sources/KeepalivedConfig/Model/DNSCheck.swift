/// The keywords of `DNS_CHECK`: a UDP query that must be answered with RCODE 0.
public struct DNSCheck: Hashable, Sendable {
    /// `type`: `SOA` by default.
    public var queryType: DNSQueryType
    /// `name`: the root (`.`) by default.
    public var name: String

    public init(queryType: DNSQueryType = .soa, name: String = ".") {
        self.queryType = queryType
        self.name = name
    }
}

/// The query types `DNS_CHECK` accepts.
public enum DNSQueryType: String, Hashable, Sendable, CaseIterable {
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
