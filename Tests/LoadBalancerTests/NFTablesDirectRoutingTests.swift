import LoadBalancer
import NetworkPrimitives
import Testing

private let http = ServiceKey.endpoint(address: vip, port: 80, protocol: .tcp)

private func dr(_ address: String, weight: Int = 1) -> Destination {
    Destination(address: ip(address), port: 80, forwarding: .directRouting, weight: weight)
}

private func table(
    _ scheduler: Scheduler, key: ServiceKey = http, persistence: Persistence? = nil, _ destinations: [Destination]
) -> VirtualServerTable {
    VirtualServerTable([
        VirtualService(
            key: key, settings: .init(scheduler: scheduler, persistence: persistence), destinations: destinations)
    ])
}

private let onEth0 = NFTablesDirectRouting(devices: [
    ip("10.0.1.1"): "eth0", ip("10.0.1.2"): "eth0", ip("10.0.1.3"): "eth0", ip("fd00::1"): "eth0",
    ip("fd00::2"): "eth0",
])

/// The inet table with no rule, then the netdev table: its ingress chain on eth0 and `direct`.
private func golden(direct: [String], extra: String = "") -> String {
    "table inet vigil\ndelete table inet vigil\ntable inet vigil {\n"
        + "\tchain prerouting {\n\t\ttype nat hook prerouting priority dstnat; policy accept;\n\t}\n}\n"
        + "table netdev vigil\ndelete table netdev vigil\ntable netdev vigil {\n" + extra
        + "\tchain ingress0 {\n\t\ttype filter hook ingress device \"eth0\" priority filter; policy accept;\n"
        + "\t\tjump direct\n\t}\n\n\tchain direct {\n" + direct.map { "\t\t\($0)\n" }.joined() + "\t}\n}\n"
}

private let match = "meta pkttype host ip daddr 10.0.0.100 tcp dport 80"

/// The owner of each slot of the first `mod N ... map|vmap { RANGE : VALUE, ... }` in `script`.
private func slots(_ script: String) -> [String] {
    guard let open = script.firstRange(of: "map { "), let close = script[open.upperBound...].firstIndex(of: "}") else {
        return []
    }
    var owners: [String] = []
    for entry in script[open.upperBound..<close].split(separator: ",") {
        let parts = entry.split(separator: ":", maxSplits: 1).map {
            String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        }
        let bounds = parts[0].split(separator: "-").compactMap { Int($0) }
        for _ in (bounds.first ?? 0)...(bounds.last ?? 0) { owners.append(parts[1]) }
    }
    return owners
}

@Suite struct NFTablesDirectRoutingTests {
    @Test(arguments: [
        (Scheduler.roundRobin, "jhash ip saddr . th sport mod 256 seed 0x0 map", 128),
        (.weightedRoundRobin, "jhash ip saddr . th sport mod 256 seed 0x0 map", 192),
        (.weightedLeastConnection, "jhash ip saddr . th sport mod 256 seed 0x0 map", 192),
        (.leastConnection, "jhash ip saddr . th sport mod 256 seed 0x0 map", 192),
        (.sourceHashing, "jhash ip saddr mod 256 seed 0x0 map", 192),
        (.maglevHashing, "jhash ip saddr mod 256 seed 0x0 map", 192),
        (.destinationHashing, "jhash ip daddr mod 256 seed 0x0 map", 192),
    ])
    func everyPacketOfAConnectionHashesToTheSameRealServerInProportionToWeight(
        scheduler: Scheduler, selector: String, expected: Int
    ) {
        let ruleset = NFTablesRuleset.render(
            table(scheduler, [dr("10.0.1.1", weight: 6), dr("10.0.1.2", weight: 2), dr("10.0.1.3", weight: 0)]),
            directRouting: onEth0)
        let rules = ruleset.script.split(separator: "\n").filter { $0.hasPrefix("\t\tmeta pkttype host") }
        #expect(rules.count == 1)
        #expect(rules.first?.hasPrefix("\t\t\(match) fwd ip to \(selector) { ") == true, "\(rules)")
        #expect(rules.first?.hasSuffix("} device \"eth0\"") == true)
        let owners = slots(ruleset.script)
        #expect(owners.count == 256)
        #expect(Set(owners) == ["10.0.1.1", "10.0.1.2"])
        let share = owners.filter { $0 == "10.0.1.1" }.count
        #expect(abs(share - expected) < 40, "10.0.1.1 has \(share) of 256 slots")
        #expect(ruleset.omissions.isEmpty)
    }

    @Test func failoverSchedulersSendEverythingToTheHeaviest() {
        let ruleset = NFTablesRuleset.render(
            table(.weightedFailover, [dr("10.0.1.1", weight: 2), dr("10.0.1.2", weight: 6)]), directRouting: onEth0)
        #expect(ruleset.script == golden(direct: ["\(match) fwd ip to 10.0.1.2 device \"eth0\""]))
    }

    @Test func aRealServerLeavingOrArrivingMovesOnlyItsOwnSlots() {
        let three = slots(
            NFTablesRuleset.render(
                table(.weightedRoundRobin, [dr("10.0.1.1"), dr("10.0.1.2"), dr("10.0.1.3", weight: 2)]),
                directRouting: onEth0
            ).script)
        let two = slots(
            NFTablesRuleset.render(table(.weightedRoundRobin, [dr("10.0.1.1"), dr("10.0.1.2")]), directRouting: onEth0)
                .script)
        #expect(three.count == 256 && two.count == 256)
        for (before, after) in zip(three, two) where before != "10.0.1.3" {
            #expect(before == after)
        }
        #expect(three.filter { $0 == "10.0.1.3" }.count > 90)
    }

    @Test func persistenceRemembersEachClientInTheSetOfItsRealServer() throws {
        let persistent = Persistence(timeout: .seconds(600), granularity: 24)
        let service = table(.weightedLeastConnection, persistence: persistent, [dr("10.0.1.1"), dr("10.0.1.2")])
        let first = NFTablesRuleset.render(service, directRouting: onEth0)
        let names = first.script.split(separator: "\n").filter { $0.hasPrefix("\tset ") }.map {
            String($0.dropFirst(5).dropLast(2))
        }
        try #require(names.count == 2)
        let (a, b) = (names[0], names[1])
        let client = "ip saddr & 255.255.255.0"
        let set = "\t\ttype ipv4_addr\n\t\tflags dynamic,timeout\n\t\ttimeout 600s\n"
        #expect(first.script.contains("\tset \(a) {\n\(set)\t}\n\n\tset \(b) {\n\(set)\t}\n"))
        let rules = first.script.split(separator: "\n").filter { $0.hasPrefix("\t\tmeta pkttype host") }
        #expect(
            Array(rules.prefix(2)) == [
                "\t\t\(match) \(client) @\(a) update @\(a) { \(client) } fwd ip to 10.0.1.1 device \"eth0\"",
                "\t\t\(match) \(client) @\(b) update @\(b) { \(client) } fwd ip to 10.0.1.2 device \"eth0\"",
            ])
        #expect(rules.count == 3)
        // nft takes a masked hash before a verdict map only through the packet mark.
        #expect(
            rules.last?.hasPrefix("\t\t\(match) meta mark set jhash \(client) mod 256 seed 0x0 meta mark vmap { ")
                == true, "\(rules)")
        #expect(Set(slots(first.script)) == ["goto dr0_0", "goto dr0_1"])
        #expect(
            first.script.hasSuffix(
                "\tchain dr0_0 {\n\t\tupdate @\(a) { \(client) } fwd ip to 10.0.1.1 device \"eth0\"\n"
                    + "\t\tfwd ip to 10.0.1.1 device \"eth0\"\n\t}\n\n"
                    + "\tchain dr0_1 {\n\t\tupdate @\(b) { \(client) } fwd ip to 10.0.1.2 device \"eth0\"\n"
                    + "\t\tfwd ip to 10.0.1.2 device \"eth0\"\n\t}\n}\n"))

        // The next table carries the remembered clients over, never longer than the timeout.
        var context = onEth0
        context.persisted = [
            a: [.init(address: ip("192.0.2.0"), expires: .milliseconds(299_980))],
            b: [.init(address: ip("198.51.100.0"), expires: .seconds(9_000))],
            "persist_gone": [.init(address: ip("203.0.113.0"), expires: .seconds(5))],
        ]
        let next = NFTablesRuleset.render(service, directRouting: context)
        #expect(next.script.contains("elements = { 192.0.2.0 timeout 600s expires 299980ms }"))
        #expect(next.script.contains("elements = { 198.51.100.0 timeout 600s expires 600000ms }"))
        #expect(!next.script.contains("203.0.113.0"))
    }

    @Test func aQuiescedRealServerKeepsItsClientsButTakesNoNewOnes() {
        let persistent = Persistence(timeout: .seconds(60))
        let ruleset = NFTablesRuleset.render(
            table(.roundRobin, persistence: persistent, [dr("10.0.1.1", weight: 0), dr("10.0.1.2")]),
            directRouting: onEth0)
        let rules = ruleset.script.split(separator: "\n").filter { $0.hasPrefix("\t\tmeta pkttype host") }
        #expect(rules.count == 4)
        #expect(rules[0].hasSuffix("fwd ip to 10.0.1.1 device \"eth0\""))
        #expect(rules[0].contains("ip saddr @persist_"))
        #expect(rules[2].hasPrefix("\t\t\(match) update @persist_"))
        #expect(rules[2].hasSuffix("{ ip saddr } fwd ip to 10.0.1.2 device \"eth0\""))
        #expect(rules[3] == "\t\t\(match) fwd ip to 10.0.1.2 device \"eth0\"")
    }

    @Test func ipv6ForwardsWithFwdIp6() {
        let key = ServiceKey.endpoint(address: ip("fd00::100"), port: 80, protocol: .tcp)
        let ruleset = NFTablesRuleset.render(
            table(.sourceHashing, key: key, [dr("fd00::1"), dr("fd00::2")]), directRouting: onEth0)
        #expect(
            ruleset.script.contains(
                "\t\tmeta pkttype host ip6 daddr fd00::100 tcp dport 80 fwd ip6 to jhash ip6 saddr mod 256 seed 0x0 map { "
            ))
        #expect(ruleset.script.contains("} device \"eth0\"\n"))
        #expect(Set(slots(ruleset.script)) == ["fd00::1", "fd00::2"])
    }

    @Test func realServersOnDifferentInterfacesAreReachedThroughChainsOfTheirOwn() {
        let context = NFTablesDirectRouting(devices: [ip("10.0.1.1"): "eth0", ip("10.0.1.2"): "eth1"])
        let ruleset = NFTablesRuleset.render(table(.roundRobin, [dr("10.0.1.1"), dr("10.0.1.2")]), directRouting: context)
        #expect(ruleset.script.contains("device \"eth1\" priority filter"))
        #expect(ruleset.script.contains("\t\t\(match) jhash ip saddr . th sport mod 256 seed 0x0 vmap { "))
        #expect(Set(slots(ruleset.script)) == ["goto dr0_0", "goto dr0_1"])
        #expect(ruleset.script.contains("\tchain dr0_1 {\n\t\tfwd ip to 10.0.1.2 device \"eth1\"\n\t}\n"))
    }

    @Test func withoutALiveRealServerTheServiceRejectsAsIPVSDoes() {
        let ruleset = NFTablesRuleset.render(table(.roundRobin, [dr("10.0.1.1", weight: 0)]), directRouting: onEth0)
        #expect(ruleset.script.contains("\tchain input {\n\t\ttype filter hook input priority filter; policy accept;\n\t\tip daddr 10.0.0.100 tcp dport 80 reject\n"))
        #expect(ruleset.script.hasSuffix("table netdev vigil\ndelete table netdev vigil\n"))
    }

    @Test func aNATSorryServerTakesOverWhenNoDRServerHasWeight() {
        let sorry = Destination(address: ip("10.0.9.9"), port: 8080, forwarding: .nat)
        let ruleset = NFTablesRuleset.render(
            table(.roundRobin, [dr("10.0.1.1", weight: 0), sorry]), directRouting: onEth0)
        #expect(ruleset.script.contains("\t\tip daddr 10.0.0.100 tcp dport 80 dnat ip to 10.0.9.9:8080\n"))
        let mixed = NFTablesRuleset.render(table(.roundRobin, [dr("10.0.1.1"), sorry]), directRouting: onEth0)
        #expect(!mixed.script.contains("dnat"))
        #expect(
            mixed.omissions.map(\.description) == [
                "[10.0.0.100]:tcp:80 [10.0.9.9]:8080: NAT beside live DR destinations: the DR rules take every packet first"
            ])
    }

    @Test func tunnelsFwmarksAndUnreachableRealServersAreReported() {
        let tunnel = Destination(address: ip("10.0.1.3"), port: 80, forwarding: .tunnel(.init()))
        let ruleset = NFTablesRuleset.render(
            table(.roundRobin, [dr("10.0.1.1"), dr("10.0.5.5"), tunnel]), directRouting: onEth0)
        #expect(
            ruleset.omissions.map(\.description) == [
                "[10.0.0.100]:tcp:80 [10.0.1.3]:80: TUN forwarding is not supported on nftables (it needs IPVS)",
                "[10.0.0.100]:tcp:80 [10.0.5.5]:80: no interface of this director is on the real server's segment, as DR needs",
            ])
        #expect(ruleset.script.contains("\t\t\(match) fwd ip to 10.0.1.1 device \"eth0\"\n"))
        let fwmark = NFTablesRuleset.render(
            table(.roundRobin, key: .fwmark(3, family: .inet), [dr("10.0.1.1")]), directRouting: onEth0)
        #expect(fwmark.omissions.first?.reason.hasPrefix("DR for a fwmark service needs IPVS") == true)
    }

    @Test func aTableWithoutDRServicesDeletesTheNetdevTable() {
        let nat = Destination(address: ip("10.0.1.1"), port: 80, forwarding: .nat)
        let ruleset = NFTablesRuleset.render(table(.roundRobin, [nat]), directRouting: NFTablesDirectRouting())
        #expect(ruleset.script == NFTablesRuleset.render(table(.roundRobin, [nat])).script
                + "table netdev vigil\ndelete table netdev vigil\n")
    }

    @Test func routeLookupsGiveTheInterfaceOfDirectlyConnectedAddressesOnly() {
        let output = """
            10.99.0.11 dev eth0 src 10.99.0.2 uid 0 \\    cache 
            fd99::12 from :: dev eth0 proto kernel src fd99::2 metric 256 pref medium
            local 10.99.0.2 dev lo table local src 10.99.0.2 uid 0 \\    cache <local> 
            8.8.8.8 via 10.99.0.1 dev eth0 src 10.99.0.2 uid 0 \\    cache 
            """
        #expect(
            NFTablesDirectRouting.devices(fromRouteLookups: output) == [ip("10.99.0.11"): "eth0", ip("fd99::12"): "eth0"])
    }

    @Test func aListingGivesEachSetsClientsAndTheirTimeLeft() {
        let listing = """
            table netdev vigil {
            \tset persist_a {
            \t\ttype ipv4_addr
            \t\tsize 65535
            \t\tflags dynamic,timeout
            \t\ttimeout 10m
            \t\telements = { 10.1.2.0 expires 4m59s980ms, 10.1.3.0 timeout 10m expires 1h2s,
            \t\t\t     10.1.4.0 expires 1d }
            \t}

            \tset persist_b {
            \t\ttype ipv6_addr
            \t\tflags dynamic,timeout
            \t\ttimeout 10m
            \t\telements = { fd00::1 expires 500ms }
            \t}

            \tset persist_c {
            \t\ttype ipv4_addr
            \t\tflags dynamic,timeout
            \t}
            }
            """
        let clients = NFTablesDirectRouting.persistedClients(fromListing: listing)
        #expect(
            clients == [
                "persist_a": [
                    .init(address: ip("10.1.2.0"), expires: .milliseconds(299_980)),
                    .init(address: ip("10.1.3.0"), expires: .seconds(3_602)),
                    .init(address: ip("10.1.4.0"), expires: .seconds(86_400)),
                ],
                "persist_b": [.init(address: ip("fd00::1"), expires: .milliseconds(500))],
            ])
    }
}
