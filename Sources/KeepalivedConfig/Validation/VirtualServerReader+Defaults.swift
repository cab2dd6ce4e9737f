import NetworkPrimitives

/// Checker defaults, quorum and sorry-server keywords of `virtual_server` (reference sections 4.1, 4.3).
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
            draft.sorryServer = SorryServerDraft(address: address, port: port, location: node.location,
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

/// Parses `NAT`, `DR` or `TUN [type ipip|gue|gre] [port N] [nocsum|csum|remcsum]`.
enum ForwardingMethodParser {
    static func parse(_ node: ConfigNode, context: inout ReadContext) -> ForwardingMethod? {
        guard let token = context.argument(node) else { return nil }
        switch token.text {
        case "NAT": return .nat
        case "DR": return .directRouting
        case "TUN": return tunnel(node, context: &context)
        default:
            var notes = [Diagnostic.Note(message: "expected NAT, DR or TUN (upper case)")]
            if ["NAT", "DR", "TUN"].contains(token.text.uppercased()) {
                notes = [Diagnostic.Note(message: "forwarding methods are case-sensitive: did you mean "
                                         + "'\(token.text.uppercased())'?")]
            }
            context.error("unknown forwarding method '\(token.text)' for '\(node.keyword.text)'", at: token,
                          notes: notes)
            return nil
        }
    }

    private static func tunnel(_ node: ConfigNode, context: inout ReadContext) -> ForwardingMethod? {
        var tunnel = ForwardingMethod.Tunnel()
        var options = node.arguments.dropFirst()
        while let option = options.popFirst() {
            switch option.text {
            case "type", "port":
                guard let value = options.popFirst() else {
                    context.error("'\(option.text)' needs a value", at: option)
                    return nil
                }
                if option.text == "type" {
                    guard let type = ForwardingMethod.TunnelType(rawValue: value.text) else {
                        context.error("unknown tunnel type '\(value.text)'; expected ipip, gue or gre", at: value)
                        return nil
                    }
                    tunnel.type = type
                } else {
                    guard let port = context.integer(value, in: 1...65535, name: "port") else { return nil }
                    tunnel.port = UInt16(port)
                }
            default:
                guard let checksum = ForwardingMethod.TunnelChecksum(rawValue: option.text) else {
                    context.error("unknown tunnel option '\(option.text)'", at: option)
                    return nil
                }
                tunnel.checksum = checksum
            }
        }
        return check(tunnel, node: node, context: &context)
    }

    private static func check(_ tunnel: ForwardingMethod.Tunnel, node: ConfigNode, context: inout ReadContext)
        -> ForwardingMethod?
    {
        if (tunnel.type == .gue) != (tunnel.port != nil) {
            context.error("GUE tunnels need a port, and only GUE tunnels take one", at: node.keyword)
            return nil
        }
        if tunnel.type == .ipip, tunnel.checksum != .none {
            context.error("ipip tunnels have no checksum option", at: node.keyword)
            return nil
        }
        if tunnel.type == .gre, tunnel.checksum == .remoteChecksum {
            context.error("gre tunnels do not support remcsum", at: node.keyword)
            return nil
        }
        return .tunnel(tunnel)
    }
}
