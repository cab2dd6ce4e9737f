import NetworkPrimitives

/// Parses one VIP line (Docs/Keepalived.md §2.3: `ADDR[/LEN] [brd ADDR|+|-] [dev IF] [scope S] [label L]
/// [peer ADDR] [home] [-nodad] [mngtmpaddr] [noprefixroute] [autojoin] [no_track] [preferred_lft N|forever]`).
enum VirtualIPAddressParser {
    static func parse(_ line: ConfigNode, isStatic: Bool, context: inout ReadContext) -> VirtualIPAddress? {
        guard let prefix = prefix(line.keyword, context: &context) else { return nil }
        var address = VirtualIPAddress(prefix: prefix, location: line.location)
        var options = line.arguments[...]
        while let option = options.popFirst() {
            if !apply(option, values: &options, to: &address, isStatic: isStatic, context: &context) {
                return nil
            }
        }
        return finish(address, line: line, context: &context)
    }

    /// `ADDR` or `ADDR/LEN`; a bad length keeps the host length with an error, as keepalived does.
    static func prefix(_ token: Token, context: inout ReadContext) -> IPPrefix? {
        let parts = token.text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = IPAddress(parts[0]) else {
            context.error("'\(token.text)' is not a valid IP address; the line is ignored", at: token)
            return nil
        }
        let maximum = address.family.maximumPrefixLength
        guard parts.count == 2 else { return IPPrefix(host: address) }
        guard let length = Int(parts[1]), (0...maximum).contains(length) else {
            context.error(
                "prefix length '\(parts[1])' of '\(token.text)' must be between 0 and \(maximum); "
                    + "using /\(maximum)", at: token)
            return IPPrefix(host: address)
        }
        return IPPrefix(address: address, length: length)
    }

    /// Applies one option; false when keepalived drops the whole address.
    private static func apply(
        _ option: Token, values: inout ArraySlice<Token>, to address: inout VirtualIPAddress, isStatic: Bool,
        context: inout ReadContext
    ) -> Bool {
        switch option.text {
        case "home": address.home = true
        case "-nodad": address.skipsDuplicateAddressDetection = false
        case "mngtmpaddr": address.managesTemporaryAddresses = true
        case "noprefixroute": address.noPrefixRoute = true
        case "autojoin": address.autoJoin = true
        case "no_track": address.tracked = false
        case "use_vmac" where !isStatic:
            context.unsupported(ConfigNode(keyword: option), reason: "vigil does not create VMAC interfaces")
        case "dev", "scope", "broadcast", "brd", "label", "peer", "preferred_lft", "track_group":
            guard let value = values.popFirst() else {
                context.error("'\(option.text)' needs a value; the address is ignored", at: option)
                return false
            }
            return applyValued(option, value, to: &address, isStatic: isStatic, context: &context)
        default:
            context.warning("unknown address option '\(option.text)' is ignored", at: option, keepalivedReports: true)
        }
        return true
    }
}
