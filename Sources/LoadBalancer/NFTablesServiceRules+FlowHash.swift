/// The NAT rules of `NFTablesRuleset.Options.flowHash`: every director with the same table and seed
/// sends a connection to the same real server, whichever packet of it the director sees first, so a
/// director taking over the VIPs carries on its peer's established connections. Conntrack picks a
/// mid-stream TCP connection up (`net.netfilter.nf_conntrack_tcp_loose`, on by default) and the
/// first packet of it that a director sees decides:
/// * from the client, it is DNAT-ed as a new connection would be, by a hash of the client's address
///   and port (`flowSelector`) over 256 slots given out by rendezvous hashing (`RendezvousSlots`,
///   as the DR rules do), so it reaches the real server the connection started on;
/// * from a real server (a reply the real server retransmits to its gateway, the internal VIP), it
///   is source-NAT-ed to the service's address (`pickupRules`), so the connection's reply direction
///   is the client's and its next packets are DNAT-ed to that real server by conntrack.
extension NFTablesServiceRules {
    /// The client's address and port: every packet of a connection hashes alike.
    static func flowSelector(_ key: ServiceKey) -> String {
        "jhash \(family(key)) saddr . th sport"
    }

    /// `SELECTOR mod 256 seed S map { ... }` over slots owned by rendezvous hashing: a real server
    /// that leaves moves only its own connections' slots, one that arrives takes slots only for itself.
    static func flowLookup(
        selector: String, _ targets: [(target: Target, weight: Int)], options: NFTablesRuleset.Options
    ) -> String {
        let slots = RendezvousSlots(
            targets.map { (target: $0.target.mapValue, name: $0.target.mapValue, weight: $0.weight) },
            count: options.maximumBuckets)
        return lookup(selector: selector, slots.buckets, total: slots.total, keyword: "map", options: options)
    }

    /// One postrouting rule per NAT destination (weight 0 included: its established connections
    /// carry on): a new connection whose first packet comes from the destination's address and port
    /// leaves with the service's address and port as its source. A fwmark service has no address to
    /// give, so it gets none; a connection of it is picked up only from the client's side.
    static func pickupRules(_ key: ServiceKey, _ destinations: [Destination]) -> [String] {
        guard case .endpoint(let address, let port, let proto) = key else { return [] }
        let family = family(key)
        let service = Target(address: address, port: port == 0 ? nil : port)
        var rules: [String] = []
        for destination in destinations where destination.address.family == key.family {
            let source =
                port == 0
                ? "meta l4proto \(proto.rawValue)"
                : "\(proto.rawValue) sport \(destination.port != 0 ? destination.port : port)"
            let rule = "\(family) saddr \(destination.address) \(source) snat \(family) to \(service.single)"
            if !rules.contains(rule) { rules.append(rule) }
        }
        return rules
    }
}
