/// What a checker probes, independent of where (Docs/Keepalived.md §2.3 "checker blocks"). The probe itself is
/// OS code; this value is what it needs and what identifies identical checks.
public enum ProbeSpec: Hashable, Sendable {
    /// TCP_CHECK: a TCP connect completes.
    case tcpConnect
    /// HTTP_GET, or SSL_GET when `tls` is set.
    case http(HTTPProbe)
    /// MISC_CHECK.
    case misc(MiscProbe)
    /// SMTP_CHECK.
    case smtp(SMTPProbe)
    /// DNS_CHECK.
    case dns(DNSProbe)
    /// UDP_CHECK.
    case udp(UDPProbe)
    /// PING_CHECK: an ICMP echo reply arrives.
    case ping
    /// FILE_CHECK: a tracked file's value.
    case file(FileProbe)

    /// A number per case, for hashing.
    var kind: Int {
        switch self {
        case .tcpConnect: 0
        case .http(let probe): probe.tls == nil ? 1 : 2
        case .misc: 3
        case .smtp: 4
        case .dns: 5
        case .udp: 6
        case .ping: 7
        case .file: 8
        }
    }

    /// keepalived's checker keyword, for log lines.
    public var keyword: String {
        switch self {
        case .tcpConnect: "TCP_CHECK"
        case .http(let probe): probe.tls == nil ? "HTTP_GET" : "SSL_GET"
        case .misc: "MISC_CHECK"
        case .smtp: "SMTP_CHECK"
        case .dns: "DNS_CHECK"
        case .udp: "UDP_CHECK"
        case .ping: "PING_CHECK"
        case .file: "FILE_CHECK"
        }
    }
}
