/// The keywords of `HTTP_GET` and `SSL_GET` and their `url { }` blocks (Docs/Keepalived.md §4.2).
extension CheckerReader {
    static let httpKeywords: [CheckerKeyword] = [
        CheckerKeyword("url", block: true) { draft, node, context in
            var url = URLDraft(location: node.location)
            context.read(node, with: urlTable, into: &url, label: .plain("url"))
            guard let path = url.path else {
                context.error("'url' has no 'path'; it is ignored", at: node.keyword)
                return
            }
            url.check.path = path
            // keepalived accepts 200-299 when no status_code is given (Docs/Keepalived.md §4.2).
            if url.check.statusCodes.isEmpty { url.check.statusCodes = [200...299] }
            draft.http.urls.append(url.check)
        },
        CheckerKeyword("nb_get_retry", support: .partial("deprecated alias of retry")) { draft, node, context in
            context.warning("'nb_get_retry' is deprecated; use 'retry'", at: node.keyword, keepalivedReports: true)
            if let retry = context.integer(node, in: 0...Int(UInt32.max)) { draft.retry = retry }
        },
        CheckerKeyword("virtualhost") { draft, node, context in
            if let host = context.argument(node) { draft.http.virtualhost = host.text }
        },
        CheckerKeyword("http_protocol") { draft, node, context in
            guard let token = context.argument(node) else { return }
            let text = token.text == "1.0c" ? "1.0C" : token.text
            if let version = HTTPProtocolVersion(rawValue: text) {
                draft.http.httpProtocol = version
            } else {
                context.error("unknown http_protocol '\(token.text)'; expected 1.0, 1.0C or 1.1", at: token)
            }
        },
        CheckerKeyword("fast_recovery", support: .partial(fastRecoveryNote)) { draft, node, context in
            if let value = context.flag(node) { draft.http.fastRecovery = value }
        },
    ]

    /// vigil's HTTP_GET/SSL_GET checks every URL back to back within one check (HTTPGetExchange).
    static let fastRecoveryNote =
        "vigil always checks all of a checker's URLs back to back in one check, as fast_recovery asks; "
            + "without it keepalived waits delay_loop between URLs while the real server is down or starting, "
            + "vigil does not"
    /// SwiftNIO SSL ends every connection it closes with close_notify.
    static let tlsCompliantNote =
        "vigil's TLS client always ends a connection with close_notify, as tls_compliant asks; it has no quiet "
            + "shutdown, which keepalived uses without it"
    static let regexOptionsReason =
        "the regex is matched with Swift Regex's defaults, the PCRE2 options are not applied: write them into "
            + "the pattern instead, e.g. (?i) for caseless"
    static let regexOffsetReason =
        "the regex is matched against the body's first 64 KiB from its start; the offsets are not applied"

    static let tlsKeywords: [CheckerKeyword] = [
        CheckerKeyword("enable_sni") { draft, node, context in
            if let value = context.flag(node) { draft.http.enableSNI = value }
        },
        CheckerKeyword("sni_name") { draft, node, context in
            if let name = context.argument(node) { draft.http.sniName = name.text }
        },
        CheckerKeyword("tls_compliant", support: .partial(tlsCompliantNote)) { draft, node, context in
            if let value = context.flag(node) { draft.http.tlsCompliant = value }
        },
    ]

    struct URLDraft {
        var path: String?
        var check: URLCheck

        init(location: SourceLocation) {
            check = URLCheck(path: "", location: location)
            check.statusCodes = []
        }
    }

    static let urlTable = KeywordTable<URLDraft>(
        block: "url",
        [
            Keyword("path") { url, node, context in
                if let path = context.argument(node) { url.path = path.text }
            },
            Keyword("digest") { url, node, context in
                guard let token = context.argument(node) else { return }
                let digest = token.text.lowercased()
                guard digest.utf8.count == 32, ValueParser.hexBytes(digest) != nil else {
                    context.error(
                        "'digest' must be 32 hexadecimal digits (an MD5 sum), found '\(token.text)'", at: token)
                    return
                }
                url.check.digest = digest
            },
            Keyword("status_code") { url, node, context in
                guard context.argument(node) != nil else { return }
                for token in node.arguments {
                    if let range = statusCodes(token) {
                        url.check.statusCodes.append(range)
                    } else {
                        context.error("'\(token.text)' is not an HTTP status code (100-599) or range", at: token)
                    }
                }
            },
            Keyword("virtualhost") { url, node, context in
                if let host = context.argument(node) { url.check.virtualhost = host.text }
            },
            Keyword("regex") { url, node, context in
                if let pattern = context.argument(node) { url.check.regex = pattern.text }
            },
            Keyword("regex_no_match") { url, _, _ in url.check.regexNoMatch = true },
            Keyword("regex_options") { url, node, _ in url.check.regexOptions += node.arguments.map(\.text) }
                .notSupported(regexOptionsReason),
            Keyword("regex_min_offset") { url, node, context in
                if let offset = context.integer(node, in: 0...Int(Int32.max)) { url.check.regexMinimumOffset = offset }
            }.notSupported(regexOffsetReason),
            Keyword("regex_max_offset") { url, node, context in
                if let offset = context.integer(node, in: 0...Int(Int32.max)) { url.check.regexMaximumOffset = offset }
            }.notSupported(regexOffsetReason),
            Keyword("regex_stack", support: .partial("accepted; vigil sizes the regex stack itself")) { _, _, _ in },
            Keyword("tls_compliant", support: .partial("accepted per url; the checker's setting applies")) { _, _, _ in
            },
        ])

    /// `N` or `N-M` with 100 <= N <= M <= 599.
    private static func statusCodes(_ token: Token) -> ClosedRange<Int>? {
        let parts = token.text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard let low = Int(parts[0]) else { return nil }
        let high = parts.count == 2 ? Int(parts[1]) : low
        guard let high, (100...599).contains(low), (100...599).contains(high), low <= high else { return nil }
        return low...high
    }
}
