import NetworkPrimitives

/// A checker block as read; its connection and schedule are resolved against the real and virtual
/// server once the whole virtual server is known (Docs/Keepalived.md §4.1).
struct CheckerDraft {
    enum CheckerType: String, CaseIterable {
        case tcp = "TCP_CHECK"
        case http = "HTTP_GET"
        case ssl = "SSL_GET"
        case misc = "MISC_CHECK"
        case smtp = "SMTP_CHECK"
        case dns = "DNS_CHECK"
        case udp = "UDP_CHECK"
        case ping = "PING_CHECK"
        case file = "FILE_CHECK"
    }

    var type: CheckerType
    var keyword: Token
    var connection = ConnectionDraft()
    var retry: Int?
    var delayBeforeRetry: Duration?
    var warmup: Duration?
    var delayLoop: Duration?
    var alpha: Bool?
    var logAllFailures = false
    var http = HTTPCheck()
    var misc = MiscDraft()
    var smtp = SMTPCheck()
    var smtpHosts: [ConnectionDraft] = []
    var dns = DNSCheck()
    var udp = UDPCheck()
    var file = FileDraft()

    init(type: CheckerType, keyword: Token) {
        self.type = type
        self.keyword = keyword
    }
}

/// The connection keywords of a checker or an SMTP `host { }` block, as written.
struct ConnectionDraft {
    var address: IPAddress?
    var port: UInt16?
    var bindAddress: IPAddress?
    var bindPort: UInt16?
    var bindInterface: InterfaceName?
    var connectTimeout: Duration?
    var firewallMark: UInt32?
}

struct MiscDraft {
    var script: ScriptCommand?
    var timeout: Duration?
    var dynamic = false
    var user: String?
    var group: String?
}

struct FileDraft {
    var trackFile: String?
    var weight: TrackingWeight?
}
