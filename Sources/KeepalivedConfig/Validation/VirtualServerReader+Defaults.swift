import NetworkPrimitives

/// Checker defaults, quorum and sorry-server keywords of `virtual_server` (Docs/Keepalived.md §4.1, §4.3).
extension VirtualServerReader {
    static let checkDefaultKeywords: [ServerKeyword] = [
        ServerKeyword("delay_loop") { draft, node, context in
            if let delay = context.seconds(node, in: .microseconds(1) ... .seconds(4_294_967)) {
                draft.server.delayLoop = delay
            }
        },
        ServerKeyword("connect_timeout") { draft, node, context in
            if let timeout = context.seconds(node, in: .microseconds(1) ... .seconds(4294)) {
                draft.connectTimeout = timeout
            }
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
    ]

    static let quorumKeywords: [ServerKeyword] = [
        ServerKeyword("quorum") { draft, node, context in
            guard let token = context.argument(node) else { return }
            if let quorum = context.integer(token, in: 1...Int(UInt32.max), name: "quorum") {
                draft.server.quorum = UInt32(quorum)
            } else {
                draft.server.quorum = 1
            }
        },
        ServerKeyword("hysteresis") { draft, node, context in
            if let value = context.integer(node, in: 0...Int(UInt32.max)) { draft.server.hysteresis = UInt32(value) }
        },
        ServerKeyword("quorum_up") { draft, node, context in
            if draft.server.quorumUp != nil {
                context.error("'quorum_up' is already set; this one is ignored", at: node.keyword)
            } else {
                draft.server.quorumUp = context.script(node)
            }
        },
        ServerKeyword("quorum_down") { draft, node, context in
            if draft.server.quorumDown != nil {
                context.error("'quorum_down' is already set; this one is ignored", at: node.keyword)
            } else {
                draft.server.quorumDown = context.script(node)
            }
        },
        ServerKeyword("sorry_server") { draft, node, context in
            guard let address = context.address(node) else { return }
            var port: UInt16?
            if node.arguments.count > 1 { port = context.port(node.arguments[1], name: "sorry_server") }
            let method = draft.sorryServer?.forwardingMethod
            draft.sorryServer = SorryServerDraft(
                address: address, port: port, location: node.location,
                forwardingMethod: method)
        },
        ServerKeyword("sorry_server_inhibit") { draft, node, context in
            context.ignoreExtraArguments(node, after: 0)
            draft.written["sorry_server_inhibit"] = node.keyword
        },
        ServerKeyword("sorry_server_lvs_method") { draft, node, context in
            guard let method = ForwardingMethodParser.parse(node, context: &context) else { return }
            if draft.sorryServer == nil {
                context.error("'sorry_server_lvs_method' needs a 'sorry_server' before it", at: node.keyword)
                return
            }
            draft.sorryServer?.forwardingMethod = method
        },
    ]
}
