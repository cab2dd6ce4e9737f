/// Reads the checker blocks of a real server: `TCP_CHECK`, `HTTP_GET`, `SSL_GET`, `MISC_CHECK`,
/// `SMTP_CHECK`, `DNS_CHECK`, `UDP_CHECK`, `PING_CHECK`, `FILE_CHECK` (Docs/Keepalived.md §2.3, checker blocks).
enum CheckerReader {
    typealias CheckerKeyword = Keyword<CheckerDraft>

    static func read(_ node: ConfigNode, type: CheckerDraft.CheckerType, context: inout ReadContext) -> CheckerDraft? {
        var draft = CheckerDraft(type: type, keyword: node.keyword)
        context.read(node, with: table(for: type), into: &draft, label: .plain(type.rawValue))
        return validate(draft, context: &context)
    }

    static func table(for type: CheckerDraft.CheckerType) -> KeywordTable<CheckerDraft> {
        switch type {
        case .tcp: tcpTable
        case .http: httpTable
        case .ssl: sslTable
        case .misc: miscTable
        case .smtp: smtpTable
        case .dns: dnsTable
        case .udp: udpTable
        case .ping: pingTable
        case .file: fileTable
        }
    }

    static let tcpTable = KeywordTable<CheckerDraft>(block: "TCP_CHECK", connectionKeywords + scheduleKeywords)
    static let pingTable = KeywordTable<CheckerDraft>(block: "PING_CHECK", connectionKeywords + scheduleKeywords)
    static let httpTable = KeywordTable<CheckerDraft>(
        block: "HTTP_GET", connectionKeywords + scheduleKeywords + httpKeywords)
    static let sslTable = KeywordTable<CheckerDraft>(
        block: "SSL_GET", connectionKeywords + scheduleKeywords + httpKeywords + tlsKeywords)
    static let miscTable = KeywordTable<CheckerDraft>(block: "MISC_CHECK", scheduleKeywords + miscKeywords)
    static let smtpTable = KeywordTable<CheckerDraft>(
        block: "SMTP_CHECK", connectionKeywords + scheduleKeywords + smtpKeywords)
    static let dnsTable = KeywordTable<CheckerDraft>(
        block: "DNS_CHECK", connectionKeywords + scheduleKeywords + dnsKeywords)
    static let udpTable = KeywordTable<CheckerDraft>(
        block: "UDP_CHECK", connectionKeywords + scheduleKeywords + udpKeywords)
    static let fileTable = KeywordTable<CheckerDraft>(block: "FILE_CHECK", fileKeywords)

    /// The checks keepalived makes at the end of a checker block; nil when it drops the checker.
    private static func validate(_ draft: CheckerDraft, context: inout ReadContext) -> CheckerDraft? {
        switch draft.type {
        case .http, .ssl:
            guard !draft.http.urls.isEmpty else {
                context.error("\(draft.type.rawValue) has no 'url' block; the checker is ignored", at: draft.keyword)
                return nil
            }
        case .misc:
            guard draft.misc.script != nil else {
                context.error("MISC_CHECK has no 'misc_path'; the checker is ignored", at: draft.keyword)
                return nil
            }
        case .file:
            guard draft.file.trackFile != nil else {
                context.error("FILE_CHECK has no 'track_file'; the checker is ignored", at: draft.keyword)
                return nil
            }
        case .tcp, .smtp, .dns, .udp, .ping:
            break
        }
        return draft
    }
}
