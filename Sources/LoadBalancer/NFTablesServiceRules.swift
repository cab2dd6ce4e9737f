import NetworkPrimitives

/// The nftables rules of one virtual service: its DNAT rule, its masquerade rule, or, with no live
/// destination, a reject rule (IPVS answers such traffic with ICMP port unreachable).
struct NFTablesServiceRules: Sendable {
    /// Where a connection is sent; the port is left out when the service's is kept.
    struct Target: Hashable, Sendable {
        var address: IPAddress
        var port: UInt16?

        var single: String {
            guard let port else { return "\(address)" }
            if case .v6 = address { return "[\(address)]:\(port)" }
            return "\(address):\(port)"
        }

        var mapValue: String { port.map { "\(address) . \($0)" } ?? "\(address)" }
    }

    private(set) var dnat: String?
    private(set) var reject: String?
    let masquerade: String
    /// With `Options.flowHash`: the postrouting rules that give a connection first seen from a real
    /// server's side (its reply, after a failover) the service's address (`NFTablesServiceRules+FlowHash`).
    private(set) var pickup: [String] = []
    private(set) var omissions: [NFTablesRuleset.Omission] = []

    /// With `directRouting`, DR destinations are the netdev table's (`NFTablesDirectRoutingRules`):
    /// while one of them has weight, the service gets no rule here; TUN is reported as unsupported.
    init(service: VirtualService, options: NFTablesRuleset.Options, directRouting: Bool = false) {
        let key = service.key
        let match = Self.match(key)
        masquerade = Self.masquerade(key)
        var nat: [Destination] = []
        var direct: [Destination] = []
        for destination in service.sortedDestinations {
            if directRouting, let reason = Self.unsupportedBesideDirectRouting(destination, in: key) {
                omissions.append(.init(service: key, destination: destination.key, reason: reason))
            } else if directRouting, destination.forwarding == .directRouting {
                direct.append(destination)
            } else if !directRouting, let reason = Self.unsupported(destination, in: key) {
                omissions.append(.init(service: key, destination: destination.key, reason: reason))
            } else {
                nat.append(destination)
            }
        }
        if options.flowHash && options.sourceNAT == .none && !direct.contains(where: { $0.weight > 0 }) {
            pickup = Self.pickupRules(key, nat)
        }
        if direct.contains(where: { $0.weight > 0 }) {
            for destination in nat where destination.weight > 0 {
                omissions.append(
                    .init(
                        service: key, destination: destination.key,
                        reason: "NAT beside live DR destinations: the DR rules take every packet first"))
            }
            return
        }
        if nat.isEmpty && direct.isEmpty && !service.destinations.isEmpty { return }
        let targets = targets(for: nat.filter { $0.weight > 0 }, service: key)
        guard !targets.isEmpty else {
            reject = "\(match) reject"
            return
        }
        let selection = Self.selection(service: service, targets: targets, options: options)
        dnat = "\(match) dnat \(Self.family(key)) to \(selection)"
    }

    private static func unsupported(_ destination: Destination, in key: ServiceKey) -> String? {
        guard destination.address.family == key.family else { return "mixed address families need IPVS" }
        switch destination.forwarding {
        case .nat: return nil
        case .directRouting: return "DR forwarding needs IPVS"
        case .tunnel: return "TUN forwarding needs IPVS"
        }
    }

    private static func unsupportedBesideDirectRouting(_ destination: Destination, in key: ServiceKey) -> String? {
        guard destination.address.family == key.family else { return "mixed address families need IPVS" }
        switch destination.forwarding {
        case .nat, .directRouting: return nil
        case .tunnel: return NFTablesRuleset.tunnelUnsupported
        }
    }

    /// The port is spelled out only when some destination translates it.
    private mutating func targets(for destinations: [Destination], service key: ServiceKey) -> [(
        target: Target, weight: Int
    )] {
        let translates = destinations.contains { $0.port != 0 && $0.port != key.port }
        guard translates else { return destinations.map { (Target(address: $0.address, port: nil), $0.weight) } }
        return destinations.compactMap { destination in
            let port = destination.port != 0 ? destination.port : key.port
            guard port != 0 else {
                omissions.append(
                    .init(
                        service: key, destination: destination.key,
                        reason: "a port-keeping destination cannot share a map with port-translating ones"))
                return nil
            }
            return (Target(address: destination.address, port: port), destination.weight)
        }
    }

    private static func selection(
        service: VirtualService, targets: [(target: Target, weight: Int)], options: NFTablesRuleset.Options
    ) -> String {
        let scheduler = service.settings.scheduler
        switch scheduler {
        case .weightedFailover, .weightedOverflow:
            // The first destination with the highest weight takes everything.
            let best = targets.reduce(targets[0]) { $1.weight > $0.weight ? $1 : $0 }
            return best.target.single
        case .roundRobin:
            // rr ignores weights other than 0.
            return selection(
                selector: selector(service: service, options: options), targets.map { ($0.target, 1) }, options: options)
        case .weightedRoundRobin, .leastConnection, .weightedLeastConnection,
            .localityBasedLeastConnection, .localityBasedLeastConnectionWithReplication, .destinationHashing,
            .sourceHashing, .shortestExpectedDelay, .neverQueue, .maglevHashing, .randomTwoChoices:
            return selection(selector: selector(service: service, options: options), targets, options: options)
        }
    }

    static func selection(
        selector: String, _ targets: [(target: Target, weight: Int)], options: NFTablesRuleset.Options
    ) -> String {
        if targets.count == 1 { return targets[0].target.single }
        if options.flowHash { return flowLookup(selector: selector, targets, options: options) }
        return lookup(selector: selector, targets.map { ($0.target.mapValue, $0.weight) }, keyword: "map", options: options)
    }

    /// `SELECTOR mod N [seed S] map|vmap { RANGE : VALUE, ... }` over weight ranges.
    static func lookup(
        selector: String, _ values: [(target: String, weight: Int)], keyword: String, options: NFTablesRuleset.Options
    ) -> String {
        let buckets = WeightedBuckets(values, maximum: options.maximumBuckets)
        return lookup(selector: selector, buckets.buckets, total: buckets.total, keyword: keyword, options: options)
    }

    /// `SELECTOR mod TOTAL [seed S] map|vmap { RANGE : VALUE, ... }` over `buckets`.
    static func lookup(
        selector: String, _ buckets: [WeightedBuckets<String>.Bucket], total: Int, keyword: String,
        options: NFTablesRuleset.Options
    ) -> String {
        let entries = buckets.map { bucket in
            let range =
                bucket.range.count == 1
                ? "\(bucket.range.lowerBound)" : "\(bucket.range.lowerBound)-\(bucket.range.upperBound)"
            return "\(range) : \(bucket.target)"
        }
        let hashed = selector.hasPrefix("jhash")
        let seed = hashed ? " seed 0x\(String(options.hashSeed, radix: 16))" : ""
        return "\(selector) mod \(total)\(seed) \(keyword) { \(entries.joined(separator: ", ")) }"
    }

    /// What picks the destination: the client address (masked to the persistence granularity) for
    /// persistent and source-hashing services, the destination address for dh, a counter otherwise
    /// (with `flowHash`, the client address and port instead of the counter).
    private static func selector(service: VirtualService, options: NFTablesRuleset.Options) -> String {
        let family = Self.family(service.key)
        if let persistence = service.settings.persistence {
            return "jhash \(family) saddr\(mask(persistence.granularity, family: service.key.family))"
        }
        return hashSelector(service) ?? (options.flowHash ? flowSelector(service.key) : "numgen inc")
    }

    /// The hash of the schedulers named after one: the client address (and port with the port flag)
    /// for sh and mh, the destination for dh; nil for the others.
    static func hashSelector(_ service: VirtualService) -> String? {
        let family = Self.family(service.key)
        let withPort = service.settings.flags.contains(.hashPort) ? " . th sport" : ""
        switch service.settings.scheduler {
        case .sourceHashing, .maglevHashing: return "jhash \(family) saddr\(withPort)"
        case .destinationHashing: return "jhash \(family) daddr"
        case .roundRobin, .weightedRoundRobin, .leastConnection, .weightedLeastConnection,
            .localityBasedLeastConnection, .localityBasedLeastConnectionWithReplication,
            .shortestExpectedDelay, .neverQueue, .weightedFailover, .weightedOverflow, .randomTwoChoices:
            return nil
        }
    }

    static func mask(_ granularity: Int?, family: AddressFamily) -> String {
        guard let length = granularity, length >= 0, length < family.maximumPrefixLength else { return "" }
        switch family {
        case .inet:
            let bits = length == 0 ? UInt32(0) : UInt32.max << UInt32(32 - length)
            return " & \(IPv4Address(bits))"
        case .inet6:
            let high = length >= 64 ? UInt64.max : (length == 0 ? 0 : UInt64.max << UInt64(64 - length))
            let low = length <= 64 ? UInt64(0) : UInt64.max << UInt64(128 - length)
            return " & \(IPv6Address(high: high, low: low))"
        }
    }

    static func family(_ key: ServiceKey) -> String {
        switch key.family {
        case .inet: "ip"
        case .inet6: "ip6"
        }
    }

    private static func nfproto(_ family: AddressFamily) -> String {
        switch family {
        case .inet: "ipv4"
        case .inet6: "ipv6"
        }
    }

    private static func mark(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "0x" + String(repeating: "0", count: max(0, 8 - hex.count)) + hex
    }

    static func match(_ key: ServiceKey) -> String {
        switch key {
        case .endpoint(let address, let port, let proto):
            let ports = port == 0 ? "meta l4proto \(proto.rawValue)" : "\(proto.rawValue) dport \(port)"
            return "\(family(key)) daddr \(address) \(ports)"
        case .fwmark(let value, let addressFamily):
            return "meta nfproto \(nfproto(addressFamily)) meta mark \(mark(value))"
        }
    }

    /// Matches connections this service DNAT-ed, by their original destination.
    static func masquerade(_ key: ServiceKey) -> String {
        switch key {
        case .endpoint(let address, let port, let proto):
            let ports = port == 0 ? "" : " ct original proto-dst \(port)"
            return
                "ct status dnat ct original \(family(key)) daddr \(address) meta l4proto \(proto.rawValue)\(ports) masquerade"
        case .fwmark(let value, let addressFamily):
            return "meta nfproto \(nfproto(addressFamily)) ct status dnat meta mark \(mark(value)) masquerade"
        }
    }
}
