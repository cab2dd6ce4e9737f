import Foundation
import LinuxPlatform
import LoadBalancer
import NetworkPrimitives
import Testing
import VigilLab

private func address(_ text: String) -> IPAddress { IPAddress(text) ?? .v4(IPv4Address(0)) }

/// The lab's VIP:80 in front of its backends on port 8080, planned by `LoadBalancerPlanner`.
private func virtualServer(
    _ lab: DirectorLab, backends: ArraySlice<DirectorLab.Backend>, quorum: Int = 1, sorry: DirectorLab.Backend? = nil
) -> VirtualServerDefinition {
    VirtualServerDefinition(
        frontend: .endpoint(address(lab.vip), port: 80), protocol: .tcp, scheduler: .roundRobin, forwarding: .nat,
        quorum: quorum,
        sorryServer: sorry.map { SorryServer(address: address($0.address), port: $0.port) },
        realServers: backends.map { RealServerDefinition(address: address($0.address), port: $0.port) })
}

private func realServer(_ definition: VirtualServerDefinition, _ backend: DirectorLab.Backend) -> RealServerID {
    RealServerID(virtualServer: definition.id, address: address(backend.address), port: backend.port)
}

/// Counts answers per backend name; failed requests count under "(failed)".
private func tally(_ answers: [String?]) -> [String: Int] {
    answers.reduce(into: [:]) { $0[$1 ?? "(failed)", default: 0] += 1 }
}

@Suite(
    .enabled(if: getuid() == 0 && ProcessInfo.processInfo.environment["VIGIL_NETNS_TESTS"] == "1"),
    .serialized
)
struct NFTablesLoadBalancingTests {
    @Test func requestsFollowTheDesiredTableAsARealServerLeavesAndReturns() throws {
        let lab = try DirectorLab(backendNames: ["web1", "web2"], subnet: 201, serving: true)
        defer { lab.tearDown() }
        let plane = NFTablesDataPlane(command: lab.dataPlaneCommand)
        let definition = virtualServer(lab, backends: lab.backends[...])
        var planner = LoadBalancerPlanner()
        _ = planner.handle(.configured([definition]))
        try plane.apply(planner.desiredTable)
        #expect(tally(lab.requestVIP(times: 6)) == ["web1": 3, "web2": 3])

        _ = planner.handle(.realServerChanged(realServer(definition, lab.backends[0]), .dead))
        try plane.apply(planner.desiredTable)
        #expect(tally(lab.requestVIP(times: 4)) == ["web2": 4])

        _ = planner.handle(.realServerChanged(realServer(definition, lab.backends[0]), .alive))
        try plane.apply(planner.desiredTable)
        #expect(tally(lab.requestVIP(times: 6)) == ["web1": 3, "web2": 3])
    }

    @Test func losingQuorumSendsEveryoneToTheSorryServerUntilItIsRegained() throws {
        let lab = try DirectorLab(backendNames: ["web1", "web2", "sorry"], subnet: 201, serving: true)
        defer { lab.tearDown() }
        let plane = NFTablesDataPlane(command: lab.dataPlaneCommand)
        let definition = virtualServer(lab, backends: lab.backends[0..<2], quorum: 2, sorry: lab.backends[2])
        var planner = LoadBalancerPlanner()
        _ = planner.handle(.configured([definition]))
        try plane.apply(planner.desiredTable)
        #expect(tally(lab.requestVIP(times: 4)) == ["web1": 2, "web2": 2])

        let lost = planner.handle(.realServerChanged(realServer(definition, lab.backends[1]), .dead))
        #expect(lost.contains(.sorryServerEntered(definition.id)))
        try plane.apply(planner.desiredTable)
        #expect(tally(lab.requestVIP(times: 4)) == ["sorry": 4])

        let regained = planner.handle(.realServerChanged(realServer(definition, lab.backends[1]), .alive))
        #expect(regained.contains(.sorryServerLeft(definition.id)))
        try plane.apply(planner.desiredTable)
        #expect(tally(lab.requestVIP(times: 4)) == ["web1": 2, "web2": 2])
    }

    @Test func masqueradeBringsRepliesBackFromBackendsWithoutARouteToClients() throws {
        let lab = try DirectorLab(backendNames: ["web1", "web2"], subnet: 201, routeBack: false, serving: true)
        defer { lab.tearDown() }
        let definition = virtualServer(lab, backends: lab.backends[...])
        var planner = LoadBalancerPlanner()
        _ = planner.handle(.configured([definition]))
        try NFTablesDataPlane(command: lab.dataPlaneCommand).apply(planner.desiredTable)
        #expect(lab.requestVIP() == nil)
        try NFTablesDataPlane(options: .init(sourceNAT: .masquerade), command: lab.dataPlaneCommand).apply(
            planner.desiredTable)
        #expect(tally(lab.requestVIP(times: 4)) == ["web1": 2, "web2": 2])
    }

    @Test func theVIPKeepsAnsweringWhileTheTableIsReplacedOverAndOver() throws {
        let lab = try DirectorLab(backendNames: ["web1", "web2"], subnet: 201, serving: true)
        defer { lab.tearDown() }
        let plane = NFTablesDataPlane(command: lab.dataPlaneCommand)
        let definition = virtualServer(lab, backends: lab.backends[...])
        var planner = LoadBalancerPlanner()
        _ = planner.handle(.configured([definition]))
        let both = planner.desiredTable
        _ = planner.handle(.realServerChanged(realServer(definition, lab.backends[0]), .dead))
        let one = planner.desiredTable
        try plane.apply(both)

        let applier = Applier(plane: plane, tables: [one, both], rounds: 40)
        let thread = Thread { applier.run() }
        thread.start()
        var answers: [String?] = []
        while !applier.isFinished || answers.count < 20 {
            answers.append(lab.requestVIP())
        }
        #expect(applier.failures.isEmpty)
        #expect(tally(answers)["(failed)"] == nil)
        #expect(Set(answers.compactMap { $0 }) == ["web1", "web2"])
    }
}

/// Replaces the table `rounds` times on its own thread, alternating between `tables`.
private final class Applier: @unchecked Sendable {
    private let plane: NFTablesDataPlane
    private let tables: [VirtualServerTable]
    private let rounds: Int
    private let lock = NSLock()
    private var finished = false
    private var errors: [NFTablesError] = []

    init(plane: NFTablesDataPlane, tables: [VirtualServerTable], rounds: Int) {
        self.plane = plane
        self.tables = tables
        self.rounds = rounds
    }

    var isFinished: Bool { lock.withLock { finished } }
    var failures: [NFTablesError] { lock.withLock { errors } }

    func run() {
        for round in 0..<rounds {
            do {
                try plane.apply(tables[round % tables.count])
            } catch {
                lock.withLock { errors.append(error) }
            }
        }
        lock.withLock { finished = true }
    }
}
