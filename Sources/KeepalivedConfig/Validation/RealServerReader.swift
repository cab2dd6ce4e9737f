import NetworkPrimitives

/// Reads `real_server IP [PORT] { }` inside a virtual server.
enum RealServerReader {
    typealias ServerKeyword = Keyword<RealServerDraft>

    static func read(_ node: ConfigNode, in server: VirtualServerDraft, context: inout ReadContext) -> RealServerDraft?
    {
        guard let addressToken = context.argument(node) else { return nil }
        guard let address = IPAddress(addressToken.text) else {
            context.error(
                "real server address '\(addressToken.text)' is not an IP address; the real server is "
                    + "skipped", at: addressToken)
            return nil
        }
        var port: UInt16 = 0
        if node.arguments.count > 1 {
            guard let value = context.port(node.arguments[1], name: "real_server") else { return nil }
            port = value
        }
        context.ignoreExtraArguments(node, after: 2)
        var draft = RealServerDraft(
            server: RealServer(location: node.location, address: address, port: port), addressToken: addressToken,
            portWritten: node.arguments.count > 1 && port != 0)
        context.read(node, with: table, into: &draft, label: .words("real_server", node.arguments))
        return draft
    }

    static let table = KeywordTable<RealServerDraft>(block: "real_server", keywords + checkerKeywords)

    private static let keywords: [ServerKeyword] = [
        ServerKeyword("weight") { draft, node, context in
            if let weight = context.integer(node, in: 0...Int(Int32.max)) { draft.weight = UInt32(weight) }
        },
        ServerKeyword("lvs_method") { draft, node, context in
            if let method = ForwardingMethodParser.parse(node, context: &context) { draft.forwardingMethod = method }
        },
        ServerKeyword("uthreshold") { draft, node, context in
            if let value = context.integer(node, in: 0...Int(UInt32.max)) {
                draft.server.upperThreshold = UInt32(value)
            }
        },
        ServerKeyword("lthreshold") { draft, node, context in
            if let value = context.integer(node, in: 0...Int(UInt32.max)) {
                draft.server.lowerThreshold = UInt32(value)
            }
        },
        ServerKeyword("inhibit_on_failure") { draft, node, context in
            if let value = context.flag(node) { draft.inhibitOnFailure = value }
        },
        ServerKeyword("notify_up") { draft, node, context in draft.server.notifyUp = context.script(node) },
        ServerKeyword("notify_down") { draft, node, context in draft.server.notifyDown = context.script(node) },
        ServerKeyword("alpha") { draft, node, context in
            if let value = context.flag(node) { draft.alpha = value }
        },
        ServerKeyword("retry") { draft, node, context in
            if let retry = context.integer(node, in: 1...Int(UInt32.max)) { draft.retry = retry }
        },
        ServerKeyword("delay_before_retry") { draft, node, context in
            if let delay = context.seconds(node, in: .zero ... .seconds(4_294_967)) { draft.delayBeforeRetry = delay }
        },
        ServerKeyword("warmup") { draft, node, context in
            if let warmup = context.seconds(node, in: .zero ... .seconds(4_294_967)) { draft.warmup = warmup }
        },
        ServerKeyword("connect_timeout") { draft, node, context in
            if let timeout = context.seconds(node, in: .microseconds(1) ... .seconds(4294)) {
                draft.connectTimeout = timeout
            }
        },
        ServerKeyword("delay_loop") { draft, node, context in
            if let delay = context.seconds(node, in: .microseconds(1) ... .seconds(4_294_967)) {
                draft.delayLoop = delay
            }
        },
        ServerKeyword("smtp_alert") { draft, node, context in
            if let value = context.flag(node) { draft.smtpAlert = value }
        },
        ServerKeyword("virtualhost") { draft, node, context in
            if let host = context.argument(node) { draft.server.virtualhost = host.text }
        },
        ServerKeyword.unsupported("snmp_name", "vigil has no SNMP agent"),
    ]

    private static let checkerKeywords: [ServerKeyword] =
        CheckerDraft.CheckerType.allCases.map { type in
            ServerKeyword(type.rawValue, block: true) { draft, node, context in
                if let checker = CheckerReader.read(node, type: type, context: &context) {
                    draft.checkers.append(checker)
                }
            }
        } + [ServerKeyword.unsupported("BFD_CHECK", block: true, "vigil does not implement BFD")]
}
