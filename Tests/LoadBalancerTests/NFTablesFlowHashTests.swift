import LoadBalancer
import NetworkPrimitives
import Testing

private let http = ServiceKey.endpoint(address: vip, port: 80, protocol: .tcp)
private let flowHash = NFTablesRuleset.Options(flowHash: true)

private func nat(_ address: String, port: UInt16 = 8080, weight: Int = 1) -> Destination {
    Destination(address: ip(address), port: port, forwarding: .nat, weight: weight)
}

private func table(
    _ destinations: [Destination], scheduler: Scheduler = .roundRobin, key: ServiceKey = http
) -> VirtualServerTable {
    VirtualServerTable([
        VirtualService(key: key, settings: .init(scheduler: scheduler), destinations: destinations)
    ])
}

/// The owner of each of the 256 slots in the script's one DNAT map.
private func slots(_ script: String) -> [String] {
    guard let start = script.firstRange(of: " map { "), let end = script[start.upperBound...].firstIndex(of: "}") else {
        return []
    }
    var owners: [String] = []
    for entry in script[start.upperBound..<end].split(separator: ", ") {
        let parts = entry.split(separator: " : ", maxSplits: 1)
        let bounds = parts[0].split(separator: "-").compactMap { Int($0) }
        owners += Array(repeating: String(parts[1]).split(separator: " ").filter { !$0.isEmpty }.joined(separator: " "),
                        count: (bounds.last ?? 0) - (bounds.first ?? 0) + 1)
    }
    return owners
}

@Suite struct NFTablesFlowHashTests {
    @Test func connectionsAreHashedByClientAddressAndPortIntoRendezvousSlots() {
        let script = NFTablesRuleset.render(table([nat("10.0.1.1"), nat("10.0.1.2")]), options: flowHash).script
        #expect(script.contains("ip daddr 10.0.0.100 tcp dport 80 dnat ip to jhash ip saddr . th sport mod 256 seed 0x0 map { "))
        #expect(!script.contains("numgen"))
        let owners = slots(script)
        #expect(owners.count == 256)
        let first = owners.filter { $0 == "10.0.1.1 . 8080" }.count
        #expect((96...160).contains(first), "10.0.1.1 has \(first) of 256 slots")
    }

    @Test func connectionsFirstSeenFromARealServerTakeTheServiceAddress() {
        let script = NFTablesRuleset.render(
            table([nat("10.0.1.1"), nat("10.0.1.2", weight: 0)]), options: flowHash
        ).script
        #expect(
            script.contains(
                "\tchain postrouting {\n\t\ttype nat hook postrouting priority srcnat; policy accept;\n"
                    + "\t\tip saddr 10.0.1.1 tcp sport 8080 snat ip to 10.0.0.100:80\n"
                    + "\t\tip saddr 10.0.1.2 tcp sport 8080 snat ip to 10.0.0.100:80\n\t}\n"),
            "\(script)")
    }

    @Test func ipv6AllPortAndFwmarkServicesGetTheirOwnPickup() {
        let v6 = ServiceKey.endpoint(address: ip("fd00::100"), port: 443, protocol: .tcp)
        let script6 = NFTablesRuleset.render(table([nat("fd00:1::1", port: 443)], key: v6), options: flowHash).script
        #expect(script6.contains("ip6 saddr fd00:1::1 tcp sport 443 snat ip6 to [fd00::100]:443"), "\(script6)")
        let allPorts = ServiceKey.endpoint(address: vip, port: 0, protocol: .udp)
        let scriptAll = NFTablesRuleset.render(table([nat("10.0.1.1", port: 0)], key: allPorts), options: flowHash).script
        #expect(scriptAll.contains("ip saddr 10.0.1.1 meta l4proto udp snat ip to 10.0.0.100\n"), "\(scriptAll)")
        let fwmark = NFTablesRuleset.render(
            table([nat("10.0.1.1", port: 0), nat("10.0.1.2", port: 0)], key: .fwmark(7, family: .inet)),
            options: flowHash
        ).script
        #expect(!fwmark.contains("postrouting"))
        #expect(fwmark.contains("meta mark 0x00000007 dnat ip to jhash ip saddr . th sport mod 256"))
    }

    @Test func masqueradedServicesNeedNoPickupAndTheDefaultKeepsItsCounter() {
        var options = flowHash
        options.sourceNAT = .masquerade
        let masqueraded = NFTablesRuleset.render(table([nat("10.0.1.1"), nat("10.0.1.2")]), options: options).script
        #expect(!masqueraded.contains("snat"))
        let plain = NFTablesRuleset.render(table([nat("10.0.1.1"), nat("10.0.1.2")])).script
        #expect(plain.contains("numgen inc mod 2") && !plain.contains("postrouting"))
    }

    /// Both directors render the same map from the same real servers, in whatever order they list them.
    @Test func theMapDependsOnTheRealServersOnly() {
        let servers = [nat("10.0.1.1"), nat("10.0.1.2", weight: 3), nat("10.0.1.3")]
        let one = NFTablesRuleset.render(table(servers, scheduler: .weightedRoundRobin), options: flowHash).script
        let other = NFTablesRuleset.render(table(servers.reversed(), scheduler: .weightedRoundRobin), options: flowHash).script
        #expect(one == other)
    }

    /// What a change of real servers costs: connections move only to an arriving real server or from
    /// a leaving one (about 1/3 of them when a third joins two), never between the others.
    @Test func aChangeOfRealServersMovesOnlyItsOwnSlots() {
        let two = slots(NFTablesRuleset.render(table([nat("10.0.1.1"), nat("10.0.1.2")]), options: flowHash).script)
        let three = slots(
            NFTablesRuleset.render(table([nat("10.0.1.1"), nat("10.0.1.2"), nat("10.0.1.3")]), options: flowHash)
                .script)
        let moved = zip(two, three).filter { $0 != $1 }
        #expect(moved.allSatisfy { $0.1 == "10.0.1.3 . 8080" })
        #expect((60...110).contains(moved.count), "\(moved.count) of 256 slots moved")
        let one = slots(NFTablesRuleset.render(table([nat("10.0.1.1"), nat("10.0.1.3")]), options: flowHash).script)
        #expect(zip(three, one).allSatisfy { $0 == $1 || $0 == "10.0.1.2 . 8080" })
    }
}
