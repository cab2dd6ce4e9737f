import NetworkPrimitives

/// Reads `virtual_server_group NAME { }`: lines `IP[-LAST] [PORT]`, `IP/LEN [PORT]`, `fwmark N [inet|inet6]`.
enum VirtualServerGroupReader {
    static func read(_ node: ConfigNode, into configuration: inout ConfigurationDraft, context: inout ReadContext) {
        guard let name = context.blockName(node) else { return }
        var group = VirtualServerGroup(name: name.text, location: name.location)
        context.withinBlock(.named("virtual_server_group", name.text), at: node.location) { context in
            for line in node.children ?? [] {
                if let entry = entry(line, context: &context) { group.entries.append(entry) }
            }
        }
        guard !group.entries.isEmpty else {
            context.error("virtual_server_group '\(name.text)' has no entries; it is removed", at: name)
            return
        }
        configuration.configuration.virtualServerGroups.removeAll { $0.name == name.text }
        configuration.configuration.virtualServerGroups.append(group)
    }

    private static func entry(_ line: ConfigNode, context: inout ReadContext) -> VirtualServerGroup.Entry? {
        if line.keyword.text == "fwmark" {
            guard let mark = context.integer(line, 0, in: 0...Int(UInt32.max)) else { return nil }
            var family: AddressFamily?
            if line.arguments.count > 1 {
                switch line.arguments[1].text {
                case "inet": family = .inet
                case "inet6": family = .inet6
                default:
                    context.error(
                        "unknown family '\(line.arguments[1].text)'; expected inet or inet6", at: line.arguments[1])
                    return nil
                }
            }
            return .firewallMark(UInt32(mark), family: family, location: line.location)
        }
        guard let (first, last) = AddressRangeParser.parse(line.keyword.text) else {
            context.error("'\(line.keyword.text)' is not an address, an address range or 'fwmark N'", at: line.keyword)
            return nil
        }
        var port: UInt16 = 0
        if let portToken = line.arguments.first {
            guard let value = context.port(portToken, name: "virtual_server_group") else { return nil }
            port = value
        }
        return .addressRange(first: first, last: last, port: port, location: line.location)
    }
}
