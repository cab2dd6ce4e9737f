import NetworkPrimitives

/// Source, destination and unicast keywords of `vrrp_instance` (reference section 3.2).
extension VRRPInstanceReader {
    static let transportKeywords: [InstanceKeyword] = [
        InstanceKeyword("unicast_src_ip") { draft, node, context in
            draft.unicastConfigured = true
            readSourceAddress(node, into: &draft, context: &context)
        },
        InstanceKeyword("mcast_src_ip") { draft, node, context in
            readSourceAddress(node, into: &draft, context: &context)
        },
        InstanceKeyword("unicast_peer", block: true) { draft, node, context in
            draft.unicastConfigured = true
            for line in node.children ?? [] {
                if let peer = UnicastPeerParser.parse(line, draft: &draft, context: &context) {
                    draft.instance.transport.unicastPeers.append(peer)
                }
            }
        },
        InstanceKeyword("mcast_dst_ip") { draft, node, context in
            guard let token = context.argument(node), let address = context.address(token, name: "mcast_dst_ip")
            else { return }
            let isLinkLocalGroup: Bool
            switch address {
            case .v4(let v4): isLinkLocalGroup = v4.isMulticast
            case .v6(let v6): isLinkLocalGroup = v6.isMulticast && (v6.high >> 48) & 0x000f == 2
            }
            guard isLinkLocalGroup else {
                context.error("'mcast_dst_ip' must be an IPv4 multicast or IPv6 link-local multicast (ffX2::) "
                              + "address, found '\(token.text)'", at: token)
                return
            }
            if draft.adoptFamily(address.family, at: token, context: &context) { draft.multicastDestination = address }
        },
        InstanceKeyword("unicast_ttl") { draft, node, context in
            if let ttl = context.integer(node, in: 0...255) { draft.instance.transport.unicastTTL = UInt8(ttl) }
        },
        InstanceKeyword("unicast_fault_no_peer") { draft, node, context in
            context.ignoreExtraArguments(node, after: 0)
            draft.unicastConfigured = true
            draft.instance.transport.faultWithoutPeers = true
        },
        InstanceKeyword("check_unicast_src") { draft, node, context in
            context.ignoreExtraArguments(node, after: 0)
            draft.unicastConfigured = true
            draft.instance.transport.checkUnicastSource = true
        },
        InstanceKeyword("old_unicast_checksum") { draft, node, context in
            guard let mode = node.arguments.first else {
                draft.instance.transport.oldUnicastChecksum = .always
                return
            }
            if mode.text == "never" {
                draft.instance.transport.oldUnicastChecksum = .never
            } else {
                context.error("'old_unicast_checksum' takes nothing or 'never', found '\(mode.text)'", at: mode)
            }
        },
    ]

    private static func readSourceAddress(_ node: ConfigNode, into draft: inout VRRPInstanceDraft, context: inout ReadContext) {
        guard let token = context.argument(node), let address = context.address(token, name: node.keyword.text)
        else { return }
        if draft.adoptFamily(address.family, at: token, context: &context) {
            draft.instance.transport.sourceAddress = address
        }
    }
}

/// Parses one `unicast_peer` line: `ADDR [min_ttl N] [max_ttl N]`.
enum UnicastPeerParser {
    static func parse(_ line: ConfigNode, draft: inout VRRPInstanceDraft, context: inout ReadContext) -> UnicastPeer? {
        guard let address = IPAddress(line.keyword.text) else {
            context.error("unicast peer '\(line.keyword.text)' is not a valid IP address; it is ignored",
                          at: line.keyword)
            return nil
        }
        guard draft.adoptFamily(address.family, at: line.keyword, context: &context) else { return nil }
        if draft.instance.transport.unicastPeers.contains(where: { $0.address == address }) {
            context.warning("unicast peer \(address) is listed twice; this line is ignored", at: line.keyword,
                            keepalivedReports: true)
            return nil
        }
        var peer = UnicastPeer(address: address, location: line.location)
        readTTLOptions(line, into: &peer, draft: &draft, context: &context)
        if peer.minimumTTL > peer.maximumTTL {
            context.warning("min_ttl \(peer.minimumTTL) is above max_ttl \(peer.maximumTTL): every advert from "
                            + "\(address) will be discarded", at: line.keyword, keepalivedReports: true)
        }
        return peer
    }

    private static func readTTLOptions(
        _ line: ConfigNode, into peer: inout UnicastPeer, draft: inout VRRPInstanceDraft, context: inout ReadContext
    ) {
        var index = 0
        let options = line.arguments
        while index < options.count {
            let option = options[index]
            guard index + 1 < options.count else {
                context.error("'\(option.text)' needs a value", at: option)
                return
            }
            guard let ttl = context.integer(options[index + 1], in: 0...255, name: option.text) else { return }
            switch option.text {
            case "min_ttl": peer.minimumTTL = UInt8(ttl)
            case "max_ttl": peer.maximumTTL = UInt8(ttl)
            default:
                context.error("unknown unicast_peer option '\(option.text)'; expected min_ttl or max_ttl", at: option)
                return
            }
            // keepalived checks the source of adverts once a TTL bound is given.
            draft.instance.transport.checkUnicastSource = true
            index += 2
        }
    }
}
