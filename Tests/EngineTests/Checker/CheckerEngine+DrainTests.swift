import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Testing

private typealias F = CheckerFixture

/// `CheckerEngine.Event.drainRequested`: weight 0 in the table while drained, whatever the checks
/// say, until undrained.
@Suite struct CheckerEngineDrainTests {
    private static let second = RealServerSelector(
        virtualServer: "10.0.0.100:80", realServer: "10.0.1.2:8080")

    @Test func aDrainedRealServerStaysAtWeightZeroAcrossChecksUntilUndrained() throws {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1), F.server(2)])))
        world.run(for: .seconds(3))
        let selector = try #require(Self.second)
        world.request(.drainRequested(selector, isDrained: true))
        #expect(world.pool() == ["10.0.1.1:8080=1", "10.0.1.2:8080=0"])
        #expect(
            world.logLines.last
                == "Draining [10.0.1.2]:tcp:8080 of VS [10.0.0.100]:tcp:80: weight 0 until undrained")
        let drainedAt = world.now
        world.run(for: .seconds(20))
        #expect(world.firstTable(after: drainedAt + .milliseconds(1)) { _ in true } == nil, "checks re-weighted it")
        #expect(world.engine.snapshot(now: world.now).virtualServers[0].realServers[1].isDrained)
        #expect(world.engine.snapshot(now: world.now).virtualServers[0].liveWeight == 1)
        world.request(.drainRequested(selector, isDrained: false))
        #expect(world.pool() == ["10.0.1.1:8080=1", "10.0.1.2:8080=1"])
    }

    @Test func aDrainedServerThatDiesAndReturnsComesBackDrained() throws {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1), F.server(2)])))
        world.run(for: .seconds(3))
        world.request(.drainRequested(try #require(Self.second), isDrained: true))
        world.set(2, .refusing)
        world.run(for: .seconds(10))
        #expect(world.pool() == ["10.0.1.1:8080=1"])
        world.set(2, .healthy)
        world.run(for: .seconds(10))
        #expect(world.pool() == ["10.0.1.1:8080=1", "10.0.1.2:8080=0"])
    }

    @Test func anUnknownRealServerIsLoggedAndChangesNothing() throws {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1)])))
        let tables = world.tables.count
        let selector = try #require(RealServerSelector(virtualServer: "10.0.0.100:80", realServer: "10.9.9.9:80"))
        world.request(.drainRequested(selector, isDrained: true))
        #expect(world.logLines.last == "Drain 10.0.0.100:80 10.9.9.9:80: no such real server")
        #expect(world.tables.count == tables)
    }

    @Test(arguments: [
        ("10.0.0.1:80", "192.168.1.10:8080", true),
        ("[fd00::1]:80", "[fd00::2]:8080", true),
        ("fd00::1:80", "10.0.0.2:80", false),
        ("10.0.0.1", "10.0.0.2:80", false),
        ("10.0.0.1:99999", "10.0.0.2:80", false),
        ("host:80", "10.0.0.2:80", false),
    ])
    func theSelectorReadsAddressColonPort(virtualServer: String, realServer: String, valid: Bool) {
        let selector = RealServerSelector(virtualServer: virtualServer, realServer: realServer)
        #expect((selector != nil) == valid)
        if let selector { #expect(selector.description == "\(virtualServer) \(realServer)") }
    }
}

extension CheckerEngineDrainTests {
    @Test func aDrainOutlastsAReloadThatKeepsTheRealServer() throws {
        var world = CheckerWorld()
        let configuration = F.configuration(F.virtualServer([F.server(1), F.server(2)]))
        world.configure(configuration)
        world.run(for: .seconds(3))
        world.request(.drainRequested(try #require(Self.second), isDrained: true))
        world.configure(configuration)
        world.run(for: .seconds(3))
        #expect(world.pool() == ["10.0.1.1:8080=1", "10.0.1.2:8080=0"])
    }
}
