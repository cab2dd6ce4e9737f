import NetworkPrimitives

/// The netdev rules of one DR service: packets for the virtual address that arrive for this director
/// (`meta pkttype host`) leave unchanged towards a real server's MAC address (`fwd ip to ADDRESS
/// device IFACE`), the real server chosen as `NFTablesServiceRules` chooses NAT targets. A persistent
/// service keeps one dynamic set of clients per real server with the persistence timeout: a client
/// found in a set goes to that set's real server and refreshes its entry; a new client is scheduled
/// and added to the chosen real server's set.
struct NFTablesDirectRoutingRules: Sendable {
    /// A chain of its own for one destination, reached by `goto` from a verdict map.
    struct Chain: Hashable, Sendable {
        var name: String
        var rules: [String]
    }

    /// A persistence set: its name, declaration lines and remembered clients.
    struct ClientSet: Hashable, Sendable {
        var name: String
        var lines: [String]
    }

    private(set) var rules: [String] = []
    private(set) var chains: [Chain] = []
    private(set) var sets: [ClientSet] = []
    /// The interfaces this service's real servers are reached through.
    private(set) var devices: Set<String> = []
    private(set) var omissions: [NFTablesRuleset.Omission] = []

    /// `index` names the service's chains (`dr<index>_<n>`), unique within the table.
    init(service: VirtualService, index: Int, options: NFTablesRuleset.Options, context: NFTablesDirectRouting) {
        let key = service.key
        let direct = service.sortedDestinations.filter {
            $0.forwarding == .directRouting && $0.address.family == key.family
        }
        guard !direct.isEmpty else { return }
        if case .fwmark = key {
            for destination in direct {
                omissions.append(
                    .init(
                        service: key, destination: destination.key,
                        reason: "DR for a fwmark service needs IPVS: the mark is set after the netdev ingress hook"))
            }
            return
        }
        var reachable: [(destination: Destination, device: String)] = []
        for destination in direct {
            guard let device = context.devices[destination.address] else {
                omissions.append(
                    .init(
                        service: key, destination: destination.key,
                        reason: "no interface of this director is on the real server's segment, as DR needs"))
                continue
            }
            reachable.append((destination, device))
        }
        let family = NFTablesServiceRules.family(key)
        let match = "meta pkttype host " + NFTablesServiceRules.match(key)
        let persistence = service.settings.persistence
        let client = persistence.map { "\(family) saddr" + NFTablesServiceRules.mask($0.granularity, family: key.family) }
        func forward(_ entry: (destination: Destination, device: String)) -> String {
            "fwd \(family) to \(entry.destination.address) device \"\(entry.device)\""
        }
        func pick(_ entry: (destination: Destination, device: String)) -> String {
            guard let client else { return forward(entry) }
            return "update @\(Self.setName(key, entry.destination)) { \(client) } " + forward(entry)
        }
        if let persistence, let client {
            // IPVS keeps sending a persistent client to a destination of weight 0 (quiesced) until its
            // template expires, so destinations of weight 0 keep their set and rule too.
            for entry in reachable {
                let name = Self.setName(key, entry.destination)
                sets.append(
                    Self.clientSet(
                        name: name, family: key.family, timeout: persistence.timeout,
                        remembered: context.persisted[name] ?? []))
                rules.append("\(match) \(client) @\(name) " + pick(entry))
            }
        }
        devices = Set(reachable.map(\.device))
        let live = Self.scheduled(reachable.filter { $0.destination.weight > 0 }, scheduler: service.settings.scheduler)
        guard let first = live.first else { return }
        // A full set refuses the `update` and stops its rule; the plain `fwd` after it still sends the
        // client where the hash puts it, only not remembered.
        func picks(_ entry: (destination: Destination, device: String)) -> [String] {
            client == nil ? [forward(entry)] : [pick(entry), forward(entry)]
        }
        if live.count == 1 {
            rules += picks(first.entry).map { "\(match) " + $0 }
            return
        }
        let selector = Self.selector(service: service, client: client)
        let sharedDevice = Set(live.map(\.entry.device)).count == 1
        let oneMap = client == nil && sharedDevice
        var targets: [(target: String, name: String, weight: Int)] = []
        for (number, scheduled) in live.enumerated() {
            let name = "\(scheduled.entry.destination.address)"
            if oneMap {
                targets.append((name, name, scheduled.weight))
            } else {
                let chain = Chain(name: "dr\(index)_\(number)", rules: picks(scheduled.entry))
                chains.append(chain)
                targets.append(("goto \(chain.name)", name, scheduled.weight))
            }
        }
        let slots = RendezvousSlots(targets, count: options.maximumBuckets)
        let lookup = NFTablesServiceRules.lookup(
            selector: selector, slots.buckets, total: slots.total, keyword: oneMap ? "map" : "vmap", options: options)
        if oneMap {
            rules.append("\(match) fwd \(family) to \(lookup) device \"\(first.entry.device)\"")
        } else if selector.contains(" & "), let split = lookup.firstRange(of: " vmap { ") {
            // nft 1.0.6 rejects a masked hash before a map ("exceeds valid range 0-0"), but takes it
            // into the packet mark; the mark of a packet that leaves by `fwd` matters to no one here.
            rules.append(
                "\(match) meta mark set \(lookup[..<split.lowerBound]) meta mark vmap { \(lookup[split.upperBound...])")
        } else {
            rules.append("\(match) \(lookup)")
        }
    }

    /// What new connections are hashed by. There is no connection table in the ingress hook, so every
    /// packet of a connection must hash alike: the client (masked) for persistent services, the
    /// client address and port for the others; sh and mh hash the client address (and port with
    /// `sh-port`/`mh-port`) and dh the destination, as their IPVS namesakes do.
    private static func selector(service: VirtualService, client: String?) -> String {
        if let client { return "jhash \(client)" }
        return NFTablesServiceRules.hashSelector(service)
            ?? "jhash \(NFTablesServiceRules.family(service.key)) saddr . th sport"
    }

    /// The destinations new connections go to, with the weights their share follows: rr ignores
    /// weights, fo and ovf send everything to the first destination of the highest weight.
    private static func scheduled(_ live: [(destination: Destination, device: String)], scheduler: Scheduler) -> [(
        entry: (destination: Destination, device: String), weight: Int
    )] {
        guard let first = live.first else { return [] }
        switch scheduler {
        case .weightedFailover, .weightedOverflow:
            let best = live.reduce(first) { $1.destination.weight > $0.destination.weight ? $1 : $0 }
            return [(best, best.destination.weight)]
        case .roundRobin:
            return live.map { ($0, 1) }
        case .weightedRoundRobin, .leastConnection, .weightedLeastConnection,
            .localityBasedLeastConnection, .localityBasedLeastConnectionWithReplication, .destinationHashing,
            .sourceHashing, .shortestExpectedDelay, .neverQueue, .maglevHashing, .randomTwoChoices:
            return live.map { ($0, $0.destination.weight) }
        }
    }

    private static func clientSet(
        name: String, family: AddressFamily, timeout: Duration, remembered: [NFTablesPersistedClient]
    ) -> ClientSet {
        let seconds = max(1, timeout.components.seconds)
        let type =
            switch family {
            case .inet: "ipv4_addr"
            case .inet6: "ipv6_addr"
            }
        var lines = ["type \(type)", "flags dynamic,timeout", "timeout \(seconds)s"]
        let limit = Duration.seconds(seconds)
        let kept = remembered.filter { $0.address.family == family && $0.expires > .zero }
        if !kept.isEmpty {
            let elements = kept.map { entry in
                let left = min(entry.expires, limit)
                return "\(entry.address) timeout \(seconds)s expires \(Self.milliseconds(left))ms"
            }
            lines.append("elements = { \(elements.joined(separator: ", ")) }")
        }
        return ClientSet(name: name, lines: lines)
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }

    /// `persist_` and a 64-bit FNV-1a hash of the service and the destination: the same name in every
    /// rendering, so the data plane can carry a set's clients from one table to the next.
    static func setName(_ key: ServiceKey, _ destination: Destination) -> String {
        let hash = RendezvousSlots<String>.hash("\(key) \(destination.key)", seed: 0)
        let hex = String(hash, radix: 16)
        return "persist_" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
