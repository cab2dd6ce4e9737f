import Foundation
import LinuxPlatform
import LoadBalancer
import NetworkPrimitives
import Testing
import VigilLab

private func address(_ text: String) -> IPAddress { IPAddress(text) ?? .v4(IPv4Address(0)) }

/// One service per scheduler, plus persistence, port translation, IPv6, fwmark, all-ports and empty
/// services: every shape the renderer produces.
private func everyShape() -> VirtualServerTable {
    let targets = [
        Destination(address: address("10.201.1.2"), port: 8080, weight: 3),
        Destination(address: address("10.201.2.2"), port: 8080, weight: 1),
    ]
    var services = Scheduler.allCases.enumerated().map { index, scheduler in
        VirtualService(
            key: .endpoint(address: address("10.201.0.100"), port: UInt16(1000 + index), protocol: .tcp),
            settings: .init(scheduler: scheduler, flags: scheduler == .sourceHashing ? .hashPort : []),
            destinations: targets)
    }
    services += [
        VirtualService(
            key: .endpoint(address: address("10.201.0.100"), port: 53, protocol: .udp),
            settings: .init(scheduler: .roundRobin, persistence: .init(granularity: 24)), destinations: targets),
        VirtualService(
            key: .endpoint(address: address("10.201.0.100"), port: 0, protocol: .sctp),
            settings: .init(scheduler: .weightedRoundRobin, persistence: .init()),
            destinations: [Destination(address: address("10.201.1.2"), port: 0)]),
        VirtualService(
            key: .endpoint(address: address("fd99::100"), port: 443, protocol: .tcp),
            settings: .init(scheduler: .sourceHashing, persistence: .init(granularity: 64)),
            destinations: [
                Destination(address: address("fd99:1::2"), port: 8443),
                Destination(address: address("fd99:2::2"), port: 443),
            ]),
        VirtualService(
            key: .fwmark(42, family: .inet), settings: .init(scheduler: .roundRobin),
            destinations: [
                Destination(address: address("10.201.1.2"), port: 0),
                Destination(address: address("10.201.2.2"), port: 0),
            ]),
        VirtualService(
            key: .endpoint(address: address("10.201.0.100"), port: 25, protocol: .tcp), settings: .init(),
            destinations: [Destination(address: address("10.201.1.2"), port: 25, weight: 0)]),
    ]
    return VirtualServerTable(services)
}

@Suite(
    .enabled(if: getuid() == 0 && ProcessInfo.processInfo.environment["VIGIL_NETNS_TESTS"] == "1"),
    .serialized
)
struct NFTablesDataPlaneTests {
    @Test(arguments: [NFTablesRuleset.SourceNAT.none, .masquerade])
    func theKernelAcceptsEveryShapeTheRendererProduces(sourceNAT: NFTablesRuleset.SourceNAT) throws {
        let lab = try DirectorLab(backendNames: [], subnet: 201, serving: true)
        defer { lab.tearDown() }
        let plane = NFTablesDataPlane(options: .init(sourceNAT: sourceNAT), command: lab.dataPlaneCommand)
        let table = everyShape()
        let applied = try plane.apply(table)
        #expect(applied.omissions.isEmpty)
        let listing = try plane.listTable()
        let dnatRules = listing.split(separator: "\n").filter { $0.contains(" dnat ip") }
        #expect(dnatRules.count == table.services.count - 1)
        #expect(listing.contains("tcp dport 25 reject"))
        #expect(listing.contains("masquerade") == (sourceNAT == .masquerade))
    }

    @Test func applyingReplacesTheTableAndRemovalDeletesIt() throws {
        let lab = try DirectorLab(backendNames: [], subnet: 201, serving: true)
        defer { lab.tearDown() }
        let plane = NFTablesDataPlane(command: lab.dataPlaneCommand)
        try plane.apply(everyShape())
        let one = VirtualServerTable([
            VirtualService(
                key: .endpoint(address: address("10.201.0.100"), port: 80, protocol: .tcp),
                settings: .init(scheduler: .roundRobin),
                destinations: [Destination(address: address("10.201.1.2"), port: 8080)])
        ])
        try plane.apply(one)
        let listing = try plane.listTable()
        #expect(listing.contains("ip daddr 10.201.0.100 tcp dport 80 dnat ip to 10.201.1.2:8080"))
        #expect(!listing.contains("dport 1000"))
        try plane.removeTable()
        #expect(throws: NFTablesError.self) { try plane.listTable() }
        try plane.removeTable()
    }

    @Test func aScriptNftRefusesIsReportedWithItsMessage() throws {
        let lab = try DirectorLab(backendNames: [], subnet: 201, serving: true)
        defer { lab.tearDown() }
        let plane = NFTablesDataPlane(options: .init(tableName: "not a name"), command: lab.dataPlaneCommand)
        do {
            try plane.apply(VirtualServerTable())
            Issue.record("nft accepted an invalid table name")
        } catch {
            guard case .rejected(let status, let message) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(status != 0)
            #expect(message.contains("Error"))
        }
    }
}
