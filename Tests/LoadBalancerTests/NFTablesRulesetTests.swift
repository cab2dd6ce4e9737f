import LoadBalancer
import NetworkPrimitives
import Testing

private let http = ServiceKey.endpoint(address: vip, port: 80, protocol: .tcp)

private func nat(_ address: String, port: UInt16 = 80, weight: Int = 1) -> Destination {
    Destination(address: ip(address), port: port, forwarding: .nat, weight: weight)
}

private func service(
    _ scheduler: Scheduler, key: ServiceKey = http, persistence: Persistence? = nil, flags: ServiceFlags = [],
    _ destinations: [Destination]
) -> VirtualServerTable {
    VirtualServerTable([
        VirtualService(
            key: key, settings: .init(scheduler: scheduler, flags: flags, persistence: persistence),
            destinations: destinations)
    ])
}

/// The script around one prerouting rule.
private func golden(prerouting: [String], extra: String = "") -> String {
    "table inet vigil\ndelete table inet vigil\ntable inet vigil {\n"
        + "\tchain prerouting {\n\t\ttype nat hook prerouting priority dstnat; policy accept;\n"
        + prerouting.map { "\t\t\($0)\n" }.joined() + "\t}\n" + extra + "}\n"
}

private let web1 = nat("10.0.1.1")
private let web2 = nat("10.0.1.2")

@Suite struct NFTablesRulesetTests {
    @Test func roundRobinCountsThroughTheLiveServers() {
        let ruleset = NFTablesRuleset.render(service(.roundRobin, [web1, web2, nat("10.0.1.3", weight: 0)]))
        #expect(
            ruleset.script
                == golden(prerouting: [
                    "ip daddr 10.0.0.100 tcp dport 80 dnat ip to numgen inc mod 2 map { 0 : 10.0.1.1, 1 : 10.0.1.2 }"
                ]))
        #expect(ruleset.omissions.isEmpty)
    }

    @Test(arguments: [
        (Scheduler.roundRobin, "numgen inc mod 2 map { 0 : 10.0.1.1, 1 : 10.0.1.2 }"),
        (.weightedRoundRobin, "numgen inc mod 4 map { 0-2 : 10.0.1.1, 3 : 10.0.1.2 }"),
        (.weightedLeastConnection, "numgen inc mod 4 map { 0-2 : 10.0.1.1, 3 : 10.0.1.2 }"),
        (.leastConnection, "numgen inc mod 4 map { 0-2 : 10.0.1.1, 3 : 10.0.1.2 }"),
        (.sourceHashing, "jhash ip saddr mod 4 seed 0x0 map { 0-2 : 10.0.1.1, 3 : 10.0.1.2 }"),
        (.maglevHashing, "jhash ip saddr mod 4 seed 0x0 map { 0-2 : 10.0.1.1, 3 : 10.0.1.2 }"),
        (.destinationHashing, "jhash ip daddr mod 4 seed 0x0 map { 0-2 : 10.0.1.1, 3 : 10.0.1.2 }"),
        (.weightedFailover, "10.0.1.1"),
        (.weightedOverflow, "10.0.1.1"),
    ])
    func eachSchedulerMapsToItsApproximation(scheduler: Scheduler, selection: String) {
        let ruleset = NFTablesRuleset.render(
            service(scheduler, [nat("10.0.1.1", weight: 6), nat("10.0.1.2", weight: 2)]))
        #expect(ruleset.script == golden(prerouting: ["ip daddr 10.0.0.100 tcp dport 80 dnat ip to \(selection)"]))
    }

    @Test func sourceHashingWithThePortFlagHashesTheSourcePortToo() {
        let ruleset = NFTablesRuleset.render(service(.sourceHashing, flags: .hashPort, [web1, web2]))
        #expect(ruleset.script.contains("dnat ip to jhash ip saddr . th sport mod 2 seed 0x0 map"))
    }

    @Test(arguments: [
        (Int?.none, "jhash ip saddr mod 2"),
        (24, "jhash ip saddr & 255.255.255.0 mod 2"),
        (32, "jhash ip saddr mod 2"),
        (0, "jhash ip saddr & 0.0.0.0 mod 2"),
    ])
    func persistenceHashesTheClientNetworkOfItsGranularity(granularity: Int?, selector: String) {
        let persistent = Persistence(timeout: .seconds(300), granularity: granularity)
        let ruleset = NFTablesRuleset.render(service(.roundRobin, persistence: persistent, [web1, web2]))
        #expect(ruleset.script.contains("dnat ip to \(selector) seed 0x0 map { 0 : 10.0.1.1, 1 : 10.0.1.2 }"))
    }

    @Test func aTranslatedPortIsSpelledOutForEveryTarget() {
        let ruleset = NFTablesRuleset.render(service(.roundRobin, [nat("10.0.1.1", port: 8080), nat("10.0.1.2")]))
        #expect(ruleset.script.contains("dnat ip to numgen inc mod 2 map { 0 : 10.0.1.1 . 8080, 1 : 10.0.1.2 . 80 }"))
    }

    @Test func aSingleTargetNeedsNoMap() {
        let v4 = NFTablesRuleset.render(service(.weightedRoundRobin, [nat("10.0.1.1", port: 8080)]))
        #expect(v4.script.contains("tcp dport 80 dnat ip to 10.0.1.1:8080\n"))
        let key = ServiceKey.endpoint(address: ip("fd00::100"), port: 443, protocol: .tcp)
        let v6 = NFTablesRuleset.render(service(.roundRobin, key: key, [nat("fd00::1", port: 8443)]))
        #expect(v6.script.contains("ip6 daddr fd00::100 tcp dport 443 dnat ip6 to [fd00::1]:8443\n"))
    }

    @Test func ipv6ServicesUseIp6Matches() {
        let key = ServiceKey.endpoint(address: ip("fd00::100"), port: 53, protocol: .udp)
        let ruleset = NFTablesRuleset.render(
            service(
                .sourceHashing, key: key, persistence: .init(granularity: 64),
                [nat("fd00::1", port: 53), nat("fd00::2", port: 53)]))
        #expect(
            ruleset.script
                == golden(prerouting: [
                    "ip6 daddr fd00::100 udp dport 53 dnat ip6 to jhash ip6 saddr & ffff:ffff:ffff:ffff:: mod 2 seed 0x0 map { 0 : fd00::1, 1 : fd00::2 }"
                ]))
    }

    @Test func fwmarkAndAllPortServicesMatchWithoutAPort() {
        let fwmark = NFTablesRuleset.render(
            service(.roundRobin, key: .fwmark(0x2a, family: .inet), [nat("10.0.1.1", port: 0)]))
        #expect(fwmark.script.contains("\t\tmeta nfproto ipv4 meta mark 0x0000002a dnat ip to 10.0.1.1\n"))
        let allPorts = ServiceKey.endpoint(address: vip, port: 0, protocol: .udp)
        let ruleset = NFTablesRuleset.render(service(.roundRobin, key: allPorts, [nat("10.0.1.1", port: 0)]))
        #expect(ruleset.script.contains("\t\tip daddr 10.0.0.100 meta l4proto udp dnat ip to 10.0.1.1\n"))
    }

    @Test func masqueradeMatchesTheConnectionsEachServiceTranslated() {
        let table = VirtualServerTable([
            VirtualService(key: http, settings: .init(scheduler: .roundRobin), destinations: [web1]),
            VirtualService(
                key: .fwmark(7, family: .inet6), settings: .init(scheduler: .roundRobin),
                destinations: [nat("fd00::1", port: 0)]),
        ])
        let ruleset = NFTablesRuleset.render(table, options: .init(tableName: "lb", sourceNAT: .masquerade))
        #expect(
            ruleset.script == """
                table inet lb
                delete table inet lb
                table inet lb {
                \tchain prerouting {
                \t\ttype nat hook prerouting priority dstnat; policy accept;
                \t\tip daddr 10.0.0.100 tcp dport 80 dnat ip to 10.0.1.1
                \t\tmeta nfproto ipv6 meta mark 0x00000007 dnat ip6 to fd00::1
                \t}

                \tchain postrouting {
                \t\ttype nat hook postrouting priority srcnat; policy accept;
                \t\tct status dnat ct original ip daddr 10.0.0.100 meta l4proto tcp ct original proto-dst 80 masquerade
                \t\tmeta nfproto ipv6 ct status dnat meta mark 0x00000007 masquerade
                \t}
                }

                """)
    }

    @Test func aServiceWithNoLiveDestinationRejectsLikeIPVS() {
        let table = VirtualServerTable([
            VirtualService(
                key: http, settings: .init(scheduler: .roundRobin), destinations: [nat("10.0.1.1", weight: 0)])
        ])
        let ruleset = NFTablesRuleset.render(table, options: .init(sourceNAT: .masquerade))
        #expect(
            ruleset.script
                == golden(
                    prerouting: [],
                    extra: """

                        \tchain input {
                        \t\ttype filter hook input priority filter; policy accept;
                        \t\tip daddr 10.0.0.100 tcp dport 80 reject
                        \t}

                        """))
    }

    @Test func directRoutingTunnelsAndMixedFamiliesAreLeftOutAndReported() {
        let ruleset = NFTablesRuleset.render(
            service(
                .roundRobin,
                [
                    Destination(address: ip("10.0.1.1"), port: 80, forwarding: .directRouting),
                    Destination(address: ip("10.0.1.3"), port: 80, forwarding: .tunnel(.init())),
                    nat("fd00::1"), web2,
                ]))
        #expect(
            ruleset.omissions.map(\.description) == [
                "[10.0.0.100]:tcp:80 [10.0.1.1]:80: DR forwarding needs IPVS",
                "[10.0.0.100]:tcp:80 [10.0.1.3]:80: TUN forwarding needs IPVS",
                "[10.0.0.100]:tcp:80 [fd00::1]:80: mixed address families need IPVS",
            ])
        #expect(ruleset.script.contains("dnat ip to 10.0.1.2\n"))
    }

    @Test func aServiceWithOnlyDirectRoutingGetsNoRuleAtAll() {
        let ruleset = NFTablesRuleset.render(
            service(.roundRobin, [Destination(address: ip("10.0.1.1"), port: 80, forwarding: .directRouting)]))
        #expect(ruleset.script == golden(prerouting: []))
        #expect(ruleset.omissions.count == 1)
    }

    @Test func servicesComeOutInKeyOrderAndTheSeedIsConfigurable() {
        let table = VirtualServerTable([
            VirtualService(
                key: .endpoint(address: vip, port: 443, protocol: .tcp), settings: .init(scheduler: .sourceHashing),
                destinations: [web1, web2]),
            VirtualService(key: http, settings: .init(scheduler: .roundRobin), destinations: [web1]),
        ])
        let ruleset = NFTablesRuleset.render(table, options: .init(hashSeed: 0xbeef))
        #expect(
            ruleset.script
                == golden(prerouting: [
                    "ip daddr 10.0.0.100 tcp dport 80 dnat ip to 10.0.1.1",
                    "ip daddr 10.0.0.100 tcp dport 443 dnat ip to jhash ip saddr mod 2 seed 0xbeef map { 0 : 10.0.1.1 . 80, 1 : 10.0.1.2 . 80 }",
                ]))
    }

    @Test func anEmptyTableStillOwnsItsTable() {
        #expect(NFTablesRuleset.render(VirtualServerTable()).script == golden(prerouting: []))
        #expect(NFTablesRuleset.removal(tableName: "x") == "table inet x\ndelete table inet x\n")
    }
}
