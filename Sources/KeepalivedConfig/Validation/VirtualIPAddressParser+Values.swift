import NetworkPrimitives

/// The VIP options that take a value.
extension VirtualIPAddressParser {
    static func applyValued(
        _ option: Token, _ value: Token, to address: inout VirtualIPAddress, isStatic: Bool,
        context: inout ReadContext
    ) -> Bool {
        switch option.text {
        case "dev":
            guard address.device == nil else {
                context.error("'dev' is given twice for \(address.address); the address is ignored", at: option)
                return false
            }
            guard let device = context.interface(value, name: "dev") else { return false }
            address.device = device
        case "scope":
            address.scope = value.text
        case "broadcast", "brd":
            return applyBroadcast(value, to: &address, context: &context)
        case "label":
            guard value.text.utf8.count < 16 else {
                context.error("label '\(value.text)' is longer than 15 characters; the address is ignored", at: value)
                return false
            }
            address.label = value.text
        case "peer":
            applyPeer(value, to: &address, context: &context)
        case "preferred_lft":
            applyPreferredLifetime(value, to: &address, context: &context)
        case "track_group" where isStatic:
            address.trackGroup = value.text
        default:
            context.warning("unknown address option '\(option.text)' is ignored", at: option, keepalivedReports: true)
        }
        return true
    }

    private static func applyBroadcast(
        _ value: Token, to address: inout VirtualIPAddress, context: inout ReadContext
    ) -> Bool {
        guard address.family == .inet else {
            context.error("an IPv6 address cannot have a broadcast address; the address is ignored", at: value)
            return false
        }
        switch value.text {
        case "+": address.broadcast = .allHostBitsSet
        case "-": address.broadcast = .allHostBitsClear
        default:
            guard let broadcast = IPv4Address(value.text) else {
                context.error("'\(value.text)' is not a valid broadcast address; the address is ignored", at: value)
                return false
            }
            address.broadcast = .address(broadcast)
        }
        return true
    }

    private static func applyPeer(_ value: Token, to address: inout VirtualIPAddress, context: inout ReadContext) {
        guard address.peer == nil else {
            context.error("another peer is already given; '\(value.text)' is ignored", at: value)
            return
        }
        guard let peer = IPPrefix(value.text) else {
            context.error("'\(value.text)' is not a valid peer address", at: value)
            return
        }
        guard peer.family == address.family else {
            context.error("peer '\(value.text)' is not of the address's family", at: value)
            return
        }
        if address.prefix.length != address.family.maximumPrefixLength {
            context.warning(
                "a prefix length cannot be given with a peer; the peer's is used", at: value,
                keepalivedReports: true)
        }
        address.prefix.length = peer.length
        address.peer = peer
    }

    private static func applyPreferredLifetime(
        _ value: Token, to address: inout VirtualIPAddress, context: inout ReadContext
    ) {
        if value.text == "forever" {
            address.preferredLifetime = .forever
        } else if let seconds = context.integer(value, in: 0...Int(UInt32.max), name: "preferred_lft") {
            address.preferredLifetime = .seconds(UInt32(seconds))
        }
    }

    /// The checks keepalived makes once the line is read.
    static func finish(_ address: VirtualIPAddress, line: ConfigNode, context: inout ReadContext) -> VirtualIPAddress {
        var address = address
        if address.broadcast != nil, address.peer != nil {
            context.warning(
                "a broadcast and a peer address cannot both be given; the broadcast is ignored",
                at: line.keyword, keepalivedReports: true)
            address.broadcast = nil
        }
        let computesBroadcast = address.broadcast == .allHostBitsSet || address.broadcast == .allHostBitsClear
        if computesBroadcast, address.prefix.length > 30 {
            context.warning(
                "prefix length /\(address.prefix.length) is too long for a computed broadcast; none is set",
                at: line.keyword, keepalivedReports: true)
            address.broadcast = nil
        }
        if address.family == .inet6, address.scope != nil {
            context.warning(
                "IPv6 addresses cannot have a scope; it is ignored", at: line.keyword,
                keepalivedReports: true)
            address.scope = nil
        }
        if address.family == .inet6, address.label != nil {
            context.warning(
                "IPv6 addresses cannot have a label; it is ignored", at: line.keyword,
                keepalivedReports: true)
            address.label = nil
        }
        return address
    }
}
