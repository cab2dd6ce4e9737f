import NetworkPrimitives

/// Source, destination and unicast keywords of `vrrp_instance` (Docs/Keepalived.md §3.2).
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
                context.error(
                    "'mcast_dst_ip' must be an IPv4 multicast or IPv6 link-local multicast (ffX2::) "
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

    private static func readSourceAddress(
        _ node: ConfigNode, into draft: inout VRRPInstanceDraft, context: inout ReadContext
    ) {
        guard let token = context.argument(node), let address = context.address(token, name: node.keyword.text)
        else { return }
        if draft.adoptFamily(address.family, at: token, context: &context) {
            draft.instance.transport.sourceAddress = address
        }
    }
}
