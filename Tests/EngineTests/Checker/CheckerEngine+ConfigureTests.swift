import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Testing

private typealias F = CheckerFixture

@Suite struct CheckerEngineConfigureTests {
    @Test func aReloadKeepsCheckersWhoseKeyIsUnchangedAndStartsOnlyTheNewOnes() throws {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1), F.server(2)])))
        world.run(for: .seconds(5.5))
        let reloadAt = world.now
        let before = world.probes(of: F.backend(1))
        world.configure(F.configuration(F.virtualServer([F.server(1), F.server(2), F.server(3)])))
        #expect(
            world.logLines(since: reloadAt) == [
                "Activating healthchecker for service [10.0.1.3]:tcp:8080 for VS [10.0.0.100]:tcp:80"
            ])
        #expect(world.pool() == ["10.0.1.1:8080=1", "10.0.1.2:8080=1", "10.0.1.3:8080=1"])
        world.run(for: .seconds(2))
        let after = world.probes(of: F.backend(1))
        let last = try #require(before.last)
        let next = try #require(after.first { $0 > reloadAt })
        // The cadence carries on across the reload: no extra probe, no reset of the schedule.
        #expect(next - last == .seconds(1) + .milliseconds(2))
        #expect(world.engine.checkerCount == 3)
    }

    @Test func aDeadServerStaysOutOfThePoolAcrossAReload() {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1), F.server(2)])))
        world.set(2, .refusing)
        world.run(for: .seconds(5))
        let reloadAt = world.now
        world.configure(F.configuration(F.virtualServer([F.server(1), F.server(2, weight: 4)])))
        #expect(world.pool() == ["10.0.1.1:8080=1"])
        #expect(!world.logLines(since: reloadAt).contains { $0.hasPrefix("Adding") })
    }

    @Test func aReloadThatDropsARealServerRemovesItAndStopsItsChecker() {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1), F.server(2)])))
        world.run(for: .seconds(3))
        let reloadAt = world.now
        world.configure(F.configuration(F.virtualServer([F.server(1)])))
        #expect(world.logLines(since: reloadAt) == ["Removing service [10.0.1.2]:tcp:8080 from VS [10.0.0.100]:tcp:80"])
        #expect(world.pool() == ["10.0.1.1:8080=1"])
        #expect(world.engine.checkerCount == 1)
        world.run(for: .seconds(5))
        #expect(world.probes(of: F.backend(2)).allSatisfy { $0 < reloadAt })
    }

    @Test func aReloadThatDropsAVirtualServerRemovesItsService() {
        var world = CheckerWorld()
        world.configure(
            F.configuration(F.virtualServer(port: 80, [F.server(1)]), F.virtualServer(port: 443, [F.server(2)])))
        world.run(for: .seconds(2))
        let reloadAt = world.now
        world.configure(F.configuration(F.virtualServer(port: 80, [F.server(1)])))
        #expect(world.logLines(since: reloadAt) == ["Removing Virtual Server [10.0.0.100]:tcp:443"])
        #expect(world.tables.last?.table.services.count == 1)
    }

    @Test func aChangedScheduleIsANewChecker() {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1)])))
        world.run(for: .seconds(2))
        let reloadAt = world.now
        world.configure(
            F.configuration(F.virtualServer([F.server(1, checkers: [F.tcp(1, delayLoop: .seconds(2))])])))
        #expect(
            world.logLines(since: reloadAt) == [
                "Activating healthchecker for service [10.0.1.1]:tcp:8080 for VS [10.0.0.100]:tcp:80"
            ])
        #expect(world.engine.checkerCount == 1)
    }

    @Test func aNewVirtualServerSharingADeadCheckerStartsWithoutIt() {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer(port: 80, [F.server(1), F.server(2)])))
        world.set(1, .refusing)
        world.run(for: .seconds(3))
        world.configure(
            F.configuration(
                F.virtualServer(port: 80, [F.server(1), F.server(2)]),
                F.virtualServer(port: 443, [F.server(1), F.server(2)])))
        #expect(world.pool(port: 443) == ["10.0.1.2:8080=1"])
        #expect(world.engine.checkerCount == 2)
    }
}
