/// The nftables rendering of a virtual-server table: one script for `nft -f -` that replaces the whole
/// table in a single transaction, DNAT-ing each NAT service to its live real servers. How each IPVS
/// scheduler is approximated is in Docs/Modules/LoadBalancer.md.
public struct NFTablesRuleset: Hashable, Sendable {
    /// How replies are brought back through the director.
    public enum SourceNAT: String, Hashable, Sendable {
        /// Pure DNAT, like IPVS NAT: real servers route replies via the director (their gateway).
        case none
        /// Also masquerade forwarded connections to the director's address, for real servers on the
        /// clients' segment; the real servers then no longer see client addresses.
        case masquerade
    }

    public struct Options: Hashable, Sendable {
        /// The `inet` table the ruleset owns; nothing else in the kernel is touched.
        public var tableName: String
        public var sourceNAT: SourceNAT
        /// The jhash seed; directors with the same seed hash clients to the same real servers.
        public var hashSeed: UInt32
        /// The most map buckets a weighted service may use (weights are scaled down beyond it).
        public var maximumBuckets: Int
        /// NAT services choose each new connection's real server by a hash of the connection
        /// (`NFTablesFlowHash`) rather than a counter, and a director picks up connections first seen
        /// from the real server's side: directors with the same table and seed then carry on each
        /// other's connections after a failover, with no state exchanged (Docs/Modules/LoadBalancer.md).
        public var flowHash: Bool

        public init(
            tableName: String = "vigil", sourceNAT: SourceNAT = .none, hashSeed: UInt32 = 0, maximumBuckets: Int = 256,
            flowHash: Bool = false
        ) {
            self.tableName = tableName
            self.sourceNAT = sourceNAT
            self.hashSeed = hashSeed
            self.maximumBuckets = min(max(1, maximumBuckets), 1 << 20)
            self.flowHash = flowHash
        }
    }

    /// Something in the table that nftables cannot express, and was left out.
    public struct Omission: Hashable, Sendable, CustomStringConvertible {
        public var service: ServiceKey
        public var destination: Destination.Key?
        public var reason: String

        public var description: String {
            "\(service)\(destination.map { " \($0)" } ?? ""): \(reason)"
        }
    }

    public var script: String
    public var omissions: [Omission]

    /// Renders `table` (Docs/Keepalived.md §5 for what the services mean).
    public static func render(_ table: VirtualServerTable, options: Options = Options()) -> NFTablesRuleset {
        renderInet(table, options: options, directRouting: false)
    }

    /// Why a TUN destination gets no rule on the nftables data plane.
    static let tunnelUnsupported = "TUN forwarding is not supported on nftables (it needs IPVS)"

    /// The `inet` table; with `directRouting`, DR destinations are left to the netdev table.
    static func renderInet(_ table: VirtualServerTable, options: Options, directRouting: Bool) -> NFTablesRuleset {
        var dnat: [String] = []
        var masquerade: [String] = []
        var reject: [String] = []
        var pickup: [String] = []
        var omissions: [Omission] = []
        for service in table.sortedServices {
            let rules = NFTablesServiceRules(service: service, options: options, directRouting: directRouting)
            omissions += rules.omissions
            pickup += rules.pickup
            if let rule = rules.dnat {
                dnat.append(rule)
                if options.sourceNAT == .masquerade { masquerade.append(rules.masquerade) }
            } else if let rule = rules.reject {
                reject.append(rule)
            }
        }
        var chains = [chain("prerouting", "type nat hook prerouting priority dstnat; policy accept;", dnat)]
        if !masquerade.isEmpty || !pickup.isEmpty {
            chains.append(
                chain("postrouting", "type nat hook postrouting priority srcnat; policy accept;", masquerade + pickup))
        }
        if !reject.isEmpty {
            chains.append(chain("input", "type filter hook input priority filter; policy accept;", reject))
        }
        let name = options.tableName
        // Creating the table first makes the delete valid when it does not exist yet; the three
        // statements are one transaction, so packets see either the old rules or the new ones.
        let script =
            "table inet \(name)\ndelete table inet \(name)\ntable inet \(name) {\n"
            + chains.joined(separator: "\n") + "}\n"
        return NFTablesRuleset(script: script, omissions: omissions)
    }

    /// The script that removes the table, whether or not it exists.
    public static func removal(tableName: String = "vigil") -> String {
        "table inet \(tableName)\ndelete table inet \(tableName)\n"
    }

    static func chain(_ name: String, _ header: String, _ rules: [String]) -> String {
        "\tchain \(name) {\n\t\t\(header)\n" + rules.map { "\t\t\($0)\n" }.joined() + "\t}\n"
    }
}
