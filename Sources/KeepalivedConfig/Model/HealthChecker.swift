/// One checker block of a real server (`TCP_CHECK`, `HTTP_GET`, ...), with its schedule resolved
/// from the checker, the real server, the virtual server and the checker's own defaults
/// (Docs/Keepalived.md §4.1).
public struct HealthChecker: Hashable, Sendable {
    public var location: SourceLocation
    public var kind: Kind
    /// Where and how to connect; `nil` for `MISC_CHECK` and `FILE_CHECK`.
    public var connection: CheckerConnection?
    /// Retry policy and period; `nil` for `FILE_CHECK`, which reacts to file changes.
    public var schedule: CheckerTiming?

    /// The checker type and its own keywords.
    public enum Kind: Hashable, Sendable {
        case tcp
        case http(HTTPCheck)
        case ssl(HTTPCheck)
        case misc(MiscCheck)
        case smtp(SMTPCheck)
        case dns(DNSCheck)
        case udp(UDPCheck)
        case ping
        case file(FileCheck)
    }

    public init(location: SourceLocation, kind: Kind, connection: CheckerConnection?, schedule: CheckerTiming?) {
        self.location = location
        self.kind = kind
        self.connection = connection
        self.schedule = schedule
    }

    /// The block keyword, e.g. `HTTP_GET`.
    public var keyword: String {
        switch kind {
        case .tcp: "TCP_CHECK"
        case .http: "HTTP_GET"
        case .ssl: "SSL_GET"
        case .misc: "MISC_CHECK"
        case .smtp: "SMTP_CHECK"
        case .dns: "DNS_CHECK"
        case .udp: "UDP_CHECK"
        case .ping: "PING_CHECK"
        case .file: "FILE_CHECK"
        }
    }
}
