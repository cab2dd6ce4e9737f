import LoadBalancer
import NetworkPrimitives
import Testing

/// `address:port=weight` for every destination of every service, in table order.
private func pool(_ planner: LoadBalancerPlanner) -> [String] {
    planner.desiredTable.sortedServices.flatMap { service in
        service.sortedDestinations.map { "\($0.address):\($0.port)=\($0.weight)" }
    }
}

private func definition(
    _ servers: [RealServerDefinition], quorum: Int = 1, hysteresis: Int = 0, sorry: SorryServer? = nil
) -> VirtualServerDefinition {
    VirtualServerDefinition(
        frontend: .endpoint(vip, port: 80), scheduler: .weightedRoundRobin, quorum: quorum, hysteresis: hysteresis,
        sorryServer: sorry, realServers: servers)
}

private func started(_ definitions: [VirtualServerDefinition]) -> (LoadBalancerPlanner, [LoadBalancerPlanner.Action]) {
    var planner = LoadBalancerPlanner()
    let actions = planner.handle(.configured(definitions))
    return (planner, actions)
}

private let sorry = SorryServer(address: ip("10.0.9.9"), port: 8080)

@Suite struct LoadBalancerPlannerTests {
    @Test func aliveRealServersAreInThePoolAtTheirWeight() {
        let (planner, actions) = started([definition([web(1, weight: 3), web(2)])])
        #expect(actions.isEmpty)
        #expect(pool(planner) == ["10.0.1.1:80=3", "10.0.1.2:80=1"])
        #expect(planner.desiredTable.sortedServices.first?.settings.scheduler == .weightedRoundRobin)
    }

    @Test(arguments: [
        (false, true, ["10.0.1.1:80=1", "10.0.1.2:80=1"]),
        (false, false, ["10.0.1.2:80=1"]),
        (true, true, ["10.0.1.1:80=1", "10.0.1.2:80=1"]),
        (true, false, ["10.0.1.1:80=0", "10.0.1.2:80=1"]),
    ])
    func aDeadRealServerIsRemovedOrInhibited(inhibit: Bool, alive: Bool, expected: [String]) {
        var (planner, _) = started([definition([web(1, inhibit: inhibit), web(2)])])
        let id = RealServerID(virtualServer: definition([]).id, address: ip("10.0.1.1"), port: 80)
        _ = planner.handle(.realServerChanged(id, alive ? .alive : .dead))
        #expect(pool(planner) == expected)
    }

    @Test(arguments: [(false, ["10.0.1.2:80=1"]), (true, ["10.0.1.1:80=0", "10.0.1.2:80=1"])])
    func anAlphaRealServerStartsOutsideThePoolOrInhibited(inhibit: Bool, expected: [String]) {
        let (planner, _) = started([definition([web(1, inhibit: inhibit, alive: false), web(2)])])
        #expect(pool(planner) == expected)
    }

    @Test(arguments: [([Int](), 4), ([9], 9), ([0], 0), ([6, 2], 4)])
    func dynamicWeightsMoveTheConfiguredWeight(dynamic: [Int], effective: Int) {
        var (planner, _) = started([definition([web(1, weight: 4)])])
        let id = definition([]).realServerID(web(1))
        _ = planner.handle(.realServerChanged(id, RealServerStatus(isAlive: true, dynamicWeights: dynamic)))
        #expect(pool(planner) == ["10.0.1.1:80=\(effective)"])
    }

    /// One row: which real servers are alive after the event, then the actions and the pool expected.
    struct QuorumStep: Sendable, CustomTestStringConvertible {
        var alive: Set<Int>
        var actions: [String]
        var pool: [String]
        var testDescription: String { "alive \(alive.sorted())" }
    }

    @Test func quorumWithHysteresisAndASorryServer() {
        // Four servers of weight 1, quorum 3, hysteresis 1: lost below 2, regained at 4.
        let servers = (1...4).map { web($0) }
        var (planner, start) = started([definition(servers, quorum: 3, hysteresis: 1, sorry: sorry)])
        #expect(start.isEmpty)
        let all = ["10.0.1.1:80=1", "10.0.1.2:80=1", "10.0.1.3:80=1", "10.0.1.4:80=1"]
        let steps = [
            QuorumStep(alive: [2, 3, 4], actions: [], pool: Array(all.dropFirst())),
            QuorumStep(alive: [3, 4], actions: [], pool: Array(all.dropFirst(2))),
            QuorumStep(alive: [4], actions: ["lost 1/2", "sorry in"], pool: ["10.0.9.9:8080=1"]),
            QuorumStep(alive: [1, 4], actions: [], pool: ["10.0.9.9:8080=1"]),
            QuorumStep(alive: [1, 2, 4], actions: [], pool: ["10.0.9.9:8080=1"]),
            QuorumStep(alive: [1, 2, 3, 4], actions: ["gained 4/4", "sorry out"], pool: all),
        ]
        var alive = Set(1...4)
        for step in steps {
            var actions: [String] = []
            for n in 1...4 where alive.contains(n) != step.alive.contains(n) {
                let id = definition([]).realServerID(web(n))
                actions += planner.handle(.realServerChanged(id, step.alive.contains(n) ? .alive : .dead)).map(describe)
            }
            alive = step.alive
            #expect(actions == step.actions, "\(step)")
            #expect(pool(planner) == step.pool, "\(step)")
        }
    }

    @Test func losingQuorumWithoutASorryServerLeavesThePoolAlone() {
        var (planner, _) = started([definition([web(1), web(2)], quorum: 2)])
        let actions = planner.handle(.realServerChanged(definition([]).realServerID(web(1)), .dead))
        #expect(actions.map(describe) == ["lost 1/2"])
        #expect(pool(planner) == ["10.0.1.2:80=1"])
        #expect(planner.isSorryServerActive(definition([]).id) == false)
    }

    @Test func anInhibitedSorryServerWaitsAtWeightZeroAndInhibitedServersStayAtZeroWhileItServes() {
        let inhibitedSorry = SorryServer(address: ip("10.0.9.9"), weight: 5, inhibit: true)
        var (planner, _) = started([definition([web(1, inhibit: true), web(2)], quorum: 2, sorry: inhibitedSorry)])
        #expect(pool(planner) == ["10.0.1.1:80=1", "10.0.1.2:80=1", "10.0.9.9:80=0"])
        _ = planner.handle(.realServerChanged(definition([]).realServerID(web(2)), .dead))
        #expect(pool(planner) == ["10.0.1.1:80=0", "10.0.9.9:80=5"])
    }

    @Test func startingBelowQuorumPutsTheSorryServerInAndSaysSo() {
        let (planner, actions) = started([definition([web(1, alive: false), web(2, alive: false)], sorry: sorry)])
        #expect(actions.map(describe) == ["lost 0/1 initial", "sorry in"])
        #expect(pool(planner) == ["10.0.9.9:8080=1"])
    }

    @Test func startingBelowQuorumWithoutASorryServerIsSilent() {
        let (planner, actions) = started([definition([web(1, alive: false)])])
        #expect(actions.isEmpty)
        #expect(planner.isQuorumUp(definition([]).id) == false)
    }

    @Test func reconfiguringKeepsHealthAndQuorumOfWhatStays() {
        var (planner, _) = started([definition([web(1), web(2)], quorum: 2, sorry: sorry)])
        _ = planner.handle(.realServerChanged(definition([]).realServerID(web(1)), .dead))
        #expect(planner.isSorryServerActive(definition([]).id))
        let actions = planner.handle(.configured([definition([web(1), web(2), web(3)], quorum: 2, sorry: sorry)]))
        #expect(actions.map(describe) == ["gained 2/2", "sorry out"])
        #expect(pool(planner) == ["10.0.1.2:80=1", "10.0.1.3:80=1"])
    }

    @Test func anUnknownRealServerIsIgnored() {
        var (planner, _) = started([definition([web(1)])])
        let stranger = RealServerID(virtualServer: VirtualServerID("FWM 9"), address: ip("10.0.1.1"), port: 80)
        #expect(planner.handle(.realServerChanged(stranger, .dead)).count == 1)
        #expect(pool(planner) == ["10.0.1.1:80=1"])
    }

    @Test func aGroupMakesOneServicePerEntryWithEveryRealServer() {
        let group = VirtualServerDefinition(
            frontend: .group(
                name: "web",
                entries: [
                    .range(first: ip("10.0.0.100"), last: ip("10.0.0.101"), port: 80), .fwmark(5, family: .inet),
                ]),
            scheduler: .roundRobin, realServers: [web(1, port: 8080), web(2, port: 8080)])
        let (planner, _) = started([group])
        #expect(group.id.name == "[web]:tcp")
        #expect(
            planner.desiredTable.sortedServices.map(\.key.description) == [
                "[10.0.0.100]:tcp:80", "[10.0.0.101]:tcp:80", "FWM 5",
            ])
        #expect(planner.desiredTable.sortedServices.allSatisfy { $0.destinations.count == 2 })
    }

    @Test(arguments: [
        (ForwardingMethod.nat, VirtualServerDefinition.Frontend.endpoint(vip, port: 80), UInt16(8080)),
        (.directRouting, .endpoint(vip, port: 80), 80),
        (.tunnel(.init()), .endpoint(vip, port: 443), 443),
        (.directRouting, .fwmark(3, family: .inet), 0),
        (.nat, .fwmark(3, family: .inet), 8080),
    ])
    func onlyNATTranslatesTheRealServerPort(
        method: ForwardingMethod, frontend: VirtualServerDefinition.Frontend, port: UInt16
    ) {
        let vs = VirtualServerDefinition(frontend: frontend, forwarding: method, realServers: [web(1, port: 8080)])
        let (planner, _) = started([vs])
        #expect(planner.desiredTable.sortedServices.first?.sortedDestinations.map(\.port) == [port])
    }

    @Test func anAllPortsServiceIsMadePersistent() {
        let vs = VirtualServerDefinition(frontend: .endpoint(vip, port: 0), realServers: [web(1, port: 0)])
        let (planner, _) = started([vs])
        #expect(planner.desiredTable.sortedServices.first?.settings.persistence == .keepalivedDefault)
    }

    @Test func aVirtualServerWithoutRealServersHasNoService() {
        let (planner, _) = started([definition([], sorry: sorry)])
        #expect(planner.desiredTable.services.isEmpty)
    }
}

private func describe(_ action: LoadBalancerPlanner.Action) -> String {
    switch action {
    case .quorumGained(_, let sum, let threshold, let initial): "gained \(sum)/\(threshold)\(initial ? " initial" : "")"
    case .quorumLost(_, let sum, let threshold, let initial): "lost \(sum)/\(threshold)\(initial ? " initial" : "")"
    case .sorryServerEntered: "sorry in"
    case .sorryServerLeft: "sorry out"
    case .ignored(let reason): "ignored \(reason)"
    }
}
