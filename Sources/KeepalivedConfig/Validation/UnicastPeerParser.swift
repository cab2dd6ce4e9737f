import NetworkPrimitives

/// Parses one `unicast_peer` line: `ADDR [min_ttl N] [max_ttl N]`.
enum UnicastPeerParser {
    static func parse(_ line: ConfigNode, draft: inout VRRPInstanceDraft, context: inout ReadContext) -> UnicastPeer? {
        guard let address = IPAddress(line.keyword.text) else {
            context.error(
                "unicast peer '\(line.keyword.text)' is not a valid IP address; it is ignored",
                at: line.keyword)
            return nil
        }
        guard draft.adoptFamily(address.family, at: line.keyword, context: &context) else { return nil }
        if draft.instance.transport.unicastPeers.contains(where: { $0.address == address }) {
            context.warning(
                "unicast peer \(address) is listed twice; this line is ignored", at: line.keyword,
                keepalivedReports: true)
            return nil
        }
        var peer = UnicastPeer(address: address, location: line.location)
        readTTLOptions(line, into: &peer, draft: &draft, context: &context)
        if peer.minimumTTL > peer.maximumTTL {
            context.warning(
                "min_ttl \(peer.minimumTTL) is above max_ttl \(peer.maximumTTL): every advert from "
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
