import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Testing

private typealias F = CheckerFixture

/// The figures behind the real-server metrics: check durations, failures, up/down transitions.
@Suite struct CheckerEngineStatisticsTests {
    @Test func durationsFailuresAndTransitionsAreCounted() throws {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1), F.server(2)])))
        world.set(1, .refusing)
        world.run(for: .seconds(4))
        world.set(1, .healthy)
        world.run(for: .seconds(4))
        let servers = try #require(world.engine.snapshot(now: world.now).virtualServers.first).realServers
        let refusing = servers[0]
        let healthy = servers[1]
        #expect(refusing.changes.downTransitions == 1 && refusing.changes.upTransitions == 1)
        #expect(refusing.changes.lastChange != nil)
        #expect(healthy.changes == CheckerStatistics.Changes())
        let refusingChecks = try #require(refusing.checkers.first?.checks)
        #expect(refusingChecks.failures > 0 && refusingChecks.failures < refusingChecks.durations.count)
        // The healthy backend answers 2 ms after the probe starts.
        let healthyChecks = try #require(healthy.checkers.first?.checks)
        #expect(healthyChecks.failures == 0 && healthyChecks.durations.count > 0)
        #expect(abs(healthyChecks.durations.sum - 0.002 * Double(healthyChecks.durations.count)) < 1e-9)
    }

    @Test func aHistogramCountsCumulatively() {
        var histogram = DurationHistogram(bounds: [0.01, 0.1, 1])
        for seconds in [0.001, 0.01, 0.05, 2] { histogram.observe(seconds) }
        #expect(histogram.counts == [2, 3, 3] && histogram.count == 4)
        #expect(histogram.merged(with: histogram).counts == [4, 6, 6])
    }
}
