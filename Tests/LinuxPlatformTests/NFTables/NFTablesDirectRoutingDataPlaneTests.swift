import Foundation
import LinuxPlatform
import LoadBalancer
import NetworkPrimitives
import Testing
import VigilLab

private func address(_ text: String) -> IPAddress { IPAddress(text) ?? .v4(IPv4Address(0)) }

private func dr(_ text: String, weight: Int = 1) -> Destination {
    Destination(address: address(text), port: 80, forwarding: .directRouting, weight: weight)
}

/// A DirectorLab whose two backends are on segments b1 and b2 (also with IPv6), reached by DR.
private func drTable(persistentWeight: Int = 1) -> VirtualServerTable {
    VirtualServerTable([
        VirtualService(
            key: .endpoint(address: address("10.203.0.100"), port: 80, protocol: .tcp),
            settings: .init(scheduler: .roundRobin), destinations: [dr("10.203.1.2"), dr("10.203.2.2")]),
        VirtualService(
            key: .endpoint(address: address("10.203.0.100"), port: 443, protocol: .tcp),
            settings: .init(scheduler: .weightedLeastConnection, persistence: .init(timeout: .seconds(600), granularity: 24)),
            destinations: [dr("10.203.1.2", weight: persistentWeight), dr("10.203.2.2")]),
        VirtualService(
            key: .endpoint(address: address("fd03::100"), port: 80, protocol: .tcp),
            settings: .init(scheduler: .sourceHashing, persistence: .init(timeout: .seconds(60))),
            destinations: [dr("fd03:1::2"), dr("fd03:1::3", weight: 0)]),
        VirtualService(
            key: .endpoint(address: address("10.203.0.100"), port: 25, protocol: .tcp),
            settings: .init(), destinations: [dr("10.203.1.2", weight: 0)]),
    ])
}

@Suite(
    .enabled(if: getuid() == 0 && ProcessInfo.processInfo.environment["VIGIL_NETNS_TESTS"] == "1"),
    .serialized
)
struct NFTablesDirectRoutingDataPlaneTests {
    static func lab() throws -> DirectorLab {
        let lab = try DirectorLab(backendNames: ["a", "b"], subnet: 203)
        try lab.shell.run(["ip", "-n", lab.director, "-6", "addr", "add", "fd03:1::1/64", "dev", "b1", "nodad"])
        return lab
    }

    @Test func theKernelTakesEveryDRShapeOnTheInterfacesThatReachTheRealServers() throws {
        let lab = try Self.lab()
        defer { lab.tearDown() }
        let plane = NFTablesDataPlane(command: lab.dataPlaneCommand)
        let applied = try plane.apply(drTable())
        #expect(applied.omissions.isEmpty, "\(applied.omissions)")
        let listing = try #require(plane.listDirectRoutingTable())
        #expect(listing.contains("type filter hook ingress device \"b1\""))
        #expect(listing.contains("type filter hook ingress device \"b2\""))
        #expect(listing.contains("fwd ip6 to fd03:1::2 device \"b1\""))
        #expect(listing.split(separator: "\n").filter { $0.contains("\tset persist_") }.count == 4)
        #expect(try plane.listTable().contains("tcp dport 25 reject"))
        try plane.removeTable()
        #expect(plane.listDirectRoutingTable() == nil)
    }

    @Test func aRealServerOffTheDirectorsSegmentsIsReported() throws {
        let lab = try Self.lab()
        defer { lab.tearDown() }
        let plane = NFTablesDataPlane(command: lab.dataPlaneCommand)
        let table = VirtualServerTable([
            VirtualService(
                key: .endpoint(address: address("10.203.0.100"), port: 80, protocol: .tcp),
                destinations: [dr("10.203.1.2"), dr("192.0.2.7"), dr("10.203.0.1")])
        ])
        let applied = try plane.apply(table)
        #expect(applied.omissions.map(\.destination?.address) == [address("10.203.0.1"), address("192.0.2.7")])
        #expect(plane.listDirectRoutingTable()?.contains("fwd ip to 10.203.1.2 device \"b1\"") == true)
    }

    @Test func rememberedClientsOutliveTheReplacementOfTheTable() throws {
        let lab = try Self.lab()
        defer { lab.tearDown() }
        let plane = NFTablesDataPlane(command: lab.dataPlaneCommand)
        try plane.apply(drTable())
        let listing = try #require(plane.listDirectRoutingTable())
        let set = try #require(
            listing.split(separator: "\n").first { $0.contains("\tset persist_") }?
                .split(separator: " ").dropFirst().first.map(String.init))
        try lab.shell.run(
            ["ip", "netns", "exec", lab.director, "nft", "add", "element", "netdev", "vigil", set, "{ 192.0.2.0 }"])
        try plane.apply(drTable(persistentWeight: 5))
        let after = try #require(plane.listDirectRoutingTable())
        #expect(after.contains("elements = { 192.0.2.0 expires "), "\(after)")
        let slots = { (listing: String) in listing.split(separator: "\n").filter { $0.contains("meta mark vmap") } }
        #expect(slots(after).count == 1)
        #expect(slots(after) != slots(listing), "the new weights were not applied")
    }
}
