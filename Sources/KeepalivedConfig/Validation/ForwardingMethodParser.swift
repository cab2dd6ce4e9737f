/// Parses `NAT`, `DR` or `TUN [type ipip|gue|gre] [port N] [nocsum|csum|remcsum]`.
enum ForwardingMethodParser {
    static func parse(_ node: ConfigNode, context: inout ReadContext) -> LBKind? {
        guard let token = context.argument(node) else { return nil }
        switch token.text {
        case "NAT": return .nat
        case "DR": return .directRouting
        case "TUN": return tunnel(node, context: &context)
        default:
            var notes = [Diagnostic.Note(message: "expected NAT, DR or TUN (upper case)")]
            if ["NAT", "DR", "TUN"].contains(token.text.uppercased()) {
                notes = [
                    Diagnostic.Note(
                        message: "forwarding methods are case-sensitive: did you mean "
                            + "'\(token.text.uppercased())'?")
                ]
            }
            context.error(
                "unknown forwarding method '\(token.text)' for '\(node.keyword.text)'", at: token,
                notes: notes)
            return nil
        }
    }

    private static func tunnel(_ node: ConfigNode, context: inout ReadContext) -> LBKind? {
        var tunnel = LBKind.Tunnel()
        var options = node.arguments.dropFirst()
        while let option = options.popFirst() {
            switch option.text {
            case "type", "port":
                guard let value = options.popFirst() else {
                    context.error("'\(option.text)' needs a value", at: option)
                    return nil
                }
                if option.text == "type" {
                    guard let type = LBKind.TunnelType(rawValue: value.text) else {
                        context.error("unknown tunnel type '\(value.text)'; expected ipip, gue or gre", at: value)
                        return nil
                    }
                    tunnel.type = type
                } else {
                    guard let port = context.integer(value, in: 1...65535, name: "port") else { return nil }
                    tunnel.port = UInt16(port)
                }
            default:
                guard let checksum = LBKind.TunnelChecksum(rawValue: option.text) else {
                    context.error("unknown tunnel option '\(option.text)'", at: option)
                    return nil
                }
                tunnel.checksum = checksum
            }
        }
        return check(tunnel, node: node, context: &context)
    }

    private static func check(_ tunnel: LBKind.Tunnel, node: ConfigNode, context: inout ReadContext)
        -> LBKind?
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
