import NetworkPrimitives

/// Reads `virtual_server_group NAME { }`: lines `IP[-LAST] [PORT]`, `IP/LEN [PORT]`, `fwmark N [inet|inet6]`.
enum VirtualServerGroupReader {
    static func read(_ node: ConfigNode, into configuration: inout ConfigurationDraft, context: inout ReadContext) {
        guard let name = context.blockName(node) else { return }
        var group = VirtualServerGroup(name: name.text, location: name.location)
        context.withinBlock("virtual_server_group '\(name.text)'", at: node.location) { context in
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
                    context.error("unknown family '\(line.arguments[1].text)'; expected inet or inet6", at: line.arguments[1])
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

/// `a.b.c.d`, `a.b.c.d-e` (last IPv4 octet), `x::y-z` (last IPv6 group, hex), `A-B` (two addresses),
/// or `A/LEN` (the whole network).
enum AddressRangeParser {
    static func parse(_ text: String) -> (IPAddress, IPAddress)? {
        if let slash = text.firstIndex(of: "/") {
            guard let prefix = IPPrefix(text), slash != text.startIndex else { return nil }
            return network(prefix)
        }
        guard let dash = text.lastIndex(of: "-") else {
            return IPAddress(text).map { ($0, $0) }
        }
        guard let first = IPAddress(text[..<dash]) else { return nil }
        let end = text[text.index(after: dash)...]
        if let last = IPAddress(end), last.family == first.family, first <= last { return (first, last) }
        switch first {
        case .v4(let address):
            guard let octet = UInt8(end), octet >= UInt8(address.value & 0xff) else { return nil }
            return (first, .v4(IPv4Address(address.value & ~0xff | UInt32(octet))))
        case .v6(let address):
            guard end.utf8.count <= 4, let group = UInt16(end, radix: 16), UInt64(group) >= address.low & 0xffff
            else { return nil }
            return (first, .v6(IPv6Address(high: address.high, low: address.low & ~0xffff | UInt64(group))))
        }
    }

    private static func network(_ prefix: IPPrefix) -> (IPAddress, IPAddress) {
        switch prefix.address {
        case .v4(let address):
            let hostBits: UInt32 = prefix.length == 0 ? .max : (prefix.length == 32 ? 0 : .max >> UInt32(prefix.length))
            return (.v4(IPv4Address(address.value & ~hostBits)), .v4(IPv4Address(address.value | hostBits)))
        case .v6(let address):
            let length = prefix.length
            let highMask: UInt64 = length >= 64 ? 0 : (length == 0 ? .max : .max >> UInt64(length))
            let lowMask: UInt64 = length >= 128 ? 0 : (length <= 64 ? .max : .max >> UInt64(length - 64))
            return (.v6(IPv6Address(high: address.high & ~highMask, low: address.low & ~lowMask)),
                    .v6(IPv6Address(high: address.high | highMask, low: address.low | lowMask)))
        }
    }
}
