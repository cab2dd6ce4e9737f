import NetworkPrimitives

/// Reads `virtual_server IP [PORT] | fwmark N | group NAME { }`.
enum VirtualServerReader {
    typealias ServerKeyword = Keyword<VirtualServerDraft>

    static func read(_ node: ConfigNode, into configuration: inout ConfigurationDraft, context: inout ReadContext) {
        guard let (address, family) = address(node, context: &context) else { return }
        var draft = VirtualServerDraft(
            server: VirtualServer(location: node.location, address: address, family: family ?? .inet),
            keyword: node.keyword, family: family)
        context.withinBlock(.words("virtual_server", node.arguments), at: node.location) { context in
            for statement in node.children ?? [] { draft.written[statement.keyword.text] = statement.keyword }
            table.read(node.children ?? [], into: &draft, context: &context)
        }
        configuration.virtualServers.append(draft)
    }

    /// The service the first words name; nil (with an error) when keepalived skips the block.
    private static func address(_ node: ConfigNode, context: inout ReadContext)
        -> (VirtualServerAddress, AddressFamily?)?
    {
        guard let first = context.argument(node) else { return nil }
        switch first.text {
        case "group":
            guard let name = context.argument(node, 1) else { return nil }
            return (.group(name.text), nil)
        case "fwmark":
            guard let mark = context.integer(node, 1, in: 0...Int(UInt32.max)) else { return nil }
            return (.firewallMark(UInt32(mark)), nil)
        default:
            guard let ip = IPAddress(first.text) else {
                context.error(
                    "'\(first.text)' is not an IP address, 'fwmark N' or 'group NAME'; the virtual "
                        + "server is skipped", at: first)
                return nil
            }
            var port: UInt16 = 0
            if node.arguments.count > 1 {
                guard let value = context.port(node.arguments[1], name: "virtual_server") else { return nil }
                port = value
            }
            context.ignoreExtraArguments(node, after: 2)
            return (.socket(ip, port: port), ip.family)
        }
    }

    static let table = KeywordTable<VirtualServerDraft>(
        block: "virtual_server",
        schedulingKeywords + serviceKeywords + checkDefaultKeywords + quorumKeywords
            + [realServerKeyword])

    private static let realServerKeyword = ServerKeyword("real_server", block: true) { draft, node, context in
        if let server = RealServerReader.read(node, in: draft, context: &context) {
            draft.realServers.append(server)
        }
    }
}
