/// The keywords of `MISC_CHECK`, `SMTP_CHECK`, `DNS_CHECK`, `UDP_CHECK` and `FILE_CHECK`.
extension CheckerReader {
    static let miscKeywords: [CheckerKeyword] = [
        CheckerKeyword("misc_path") { draft, node, context in
            if let script = context.script(node, allowsUser: false) { draft.misc.script = script }
        },
        CheckerKeyword("misc_timeout") { draft, node, context in
            if let seconds = context.integer(node, in: 0...4294) { draft.misc.timeout = .seconds(seconds) }
        },
        CheckerKeyword("misc_dynamic") { draft, _, _ in draft.misc.dynamic = true },
        CheckerKeyword("user") { draft, node, context in
            guard let user = context.argument(node) else { return }
            draft.misc.user = user.text
            if node.arguments.count > 1 { draft.misc.group = node.arguments[1].text }
        },
    ]

    static let smtpKeywords: [CheckerKeyword] = [
        CheckerKeyword("helo_name") { draft, node, context in
            if let name = context.argument(node) { draft.smtp.heloName = name.text }
        },
        CheckerKeyword("host", block: true, support: .partial("deprecated in keepalived; each host becomes a checker"))
        {
            draft, node, context in
            var host = ConnectionDraft()
            context.read(node, with: smtpHostTable, into: &host, label: .plain("host"))
            draft.smtpHosts.append(host)
        },
    ]

    static let smtpHostTable = KeywordTable<ConnectionDraft>(
        block: "host", ConnectionKeywords.keywords(\ConnectionDraft.self))

    static let dnsKeywords: [CheckerKeyword] = [
        CheckerKeyword("type") { draft, node, context in
            guard let token = context.argument(node) else { return }
            if let type = DNSQueryType(rawValue: token.text.uppercased()) {
                draft.dns.queryType = type
            } else {
                let names = DNSQueryType.allCases.map(\.rawValue).joined(separator: ", ")
                context.error("unknown DNS query type '\(token.text)'; expected one of \(names)", at: token)
            }
        },
        CheckerKeyword("name") { draft, node, context in
            if let name = context.argument(node) { draft.dns.name = name.text }
        },
    ]

    static let udpKeywords: [CheckerKeyword] = [
        CheckerKeyword("payload") { draft, node, context in
            guard let token = context.argument(node) else { return }
            guard let bytes = ValueParser.hexBytes(token.text) else {
                context.error(
                    "'payload' must be an even number of hexadecimal digits, found '\(token.text)'", at: token)
                return
            }
            draft.udp.payload = bytes
        },
        CheckerKeyword("require_reply") { draft, node, context in
            draft.udp.requiresReply = true
            if let pattern = node.arguments.first {
                let valid = pattern.text.utf8.allSatisfy {
                    ValueParser.hexValue($0) != nil || $0 == UInt8(ascii: "X")
                        || $0 == UInt8(ascii: "x")
                }
                if valid {
                    draft.udp.requiredReply = pattern.text
                } else {
                    context.error(
                        "'require_reply' takes hexadecimal digits with X wildcards, found '\(pattern.text)'",
                        at: pattern)
                }
            }
        },
        CheckerKeyword("min_reply_length") { draft, node, context in
            if let length = context.integer(node, in: 0...65535) { draft.udp.minimumReplyLength = length }
        },
        CheckerKeyword("max_reply_length") { draft, node, context in
            if let length = context.integer(node, in: 0...65535) { draft.udp.maximumReplyLength = length }
        },
    ]

    static let fileKeywords: [CheckerKeyword] = [
        CheckerKeyword("track_file") { draft, node, context in
            guard let name = context.argument(node) else { return }
            guard context.trackFiles[name.text] != nil else {
                context.undefinedReference("track_file", name, usedBy: "FILE_CHECK")
                return
            }
            draft.file.trackFile = name.text
        },
        CheckerKeyword("weight") { draft, node, context in
            guard context.argument(node) != nil else { return }
            if let weight = TrackingWeightParser.weight(node, startingAt: 1, limit: 254, context: &context) {
                draft.file.weight = weight
            }
        },
    ]
}
