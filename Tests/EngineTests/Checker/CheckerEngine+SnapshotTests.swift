import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Testing

private typealias F = CheckerFixture

@Suite struct CheckerEngineSnapshotTests {
    @Test func theSnapshotShowsEveryRealServerWithHealthWeightAndLastCheck() throws {
        var world = CheckerWorld()
        world.configure(
            F.configuration(F.virtualServer([F.server(1, weight: 2), F.server(2, weight: 3)], sorry: F.sorry)))
        world.set(1, .refusing)
        world.run(for: .seconds(4))
        let snapshot = world.engine.snapshot(now: world.now)
        let virtualServer = try #require(snapshot.virtualServers.first)
        #expect(virtualServer.id.description == "[10.0.0.100]:tcp:80")
        #expect(virtualServer.quorumUp && !virtualServer.sorryServerActive)
        #expect(virtualServer.liveWeight == 3)
        let servers = virtualServer.realServers
        #expect(servers.map(\.label) == ["[10.0.1.1]:tcp:8080", "[10.0.1.2]:tcp:8080"])
        #expect(servers.map(\.isAlive) == [false, true])
        #expect(servers.map(\.inPool) == [false, true])
        #expect(servers.map(\.weight) == [2, 3])
        #expect(servers[0].checkers.map(\.state) == [.down])
        #expect(servers[0].checkers.first?.lastOutcome?.result == .failure(reason: "connection refused"))
        #expect(servers[1].checkers.first?.lastOutcome?.result == .success)
        let last = try #require(servers[1].checkers.first?.lastOutcome?.at)
        #expect(world.now - last < .seconds(1) + .milliseconds(5))
        #expect(snapshot.table == world.tables.last?.table)
    }

    @Test func theSnapshotShowsTheSorryServerStandingIn() throws {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1)], sorry: F.sorry)))
        world.set(1, .refusing)
        world.run(for: .seconds(2))
        let virtualServer = try #require(world.engine.snapshot(now: world.now).virtualServers.first)
        #expect(!virtualServer.quorumUp)
        #expect(virtualServer.sorryServerActive)
        #expect(virtualServer.realServers.map(\.inPool) == [false])
    }
}
