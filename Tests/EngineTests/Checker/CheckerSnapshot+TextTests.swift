import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Testing

private typealias F = CheckerFixture

@Suite struct CheckerSnapshotTextTests {
    @Test func theDataDumpHasOneBlockPerVirtualServerAndOneLinePerRealServerAndChecker() {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1), F.server(2, weight: 2)], sorry: F.sorry)))
        world.set(2, .refusing)
        world.run(for: .seconds(3.5))
        let dump = world.engine.snapshot(now: world.now).dataDump(dataPlane: "nftables (test)", now: world.now)
        #expect(
            dump == """
                ------< Health checkers >------
                 Data plane = nftables (test)
                 Virtual Server [10.0.0.100]:tcp:80
                   Services = [10.0.0.100]:tcp:80
                   lb_algo = rr, lb_kind = NAT
                   Quorum = 1, hysteresis = 0, state = UP, alive weight = 1
                   Sorry server = [10.0.9.9]:tcp:8080, standing by
                   Real Server [10.0.1.1]:tcp:8080 weight 1 alive last check: success 0.4 s ago
                     TCP_CHECK [10.0.1.1]:8080 UP, last: success 0.4 s ago, next in 0.5 s
                   Real Server [10.0.1.2]:tcp:8080 weight 2 dead last check: failed 0.5 s ago (connection refused)
                     TCP_CHECK [10.0.1.2]:8080 DOWN, last: failed 0.5 s ago (connection refused), next in 0.5 s

                """)
    }

    @Test func realServersWithoutChecksOrResultsSaySo() {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1, checkers: []), F.server(2)])))
        let dump = world.engine.snapshot(now: world.now).dataDump(dataPlane: "none", now: world.now)
        #expect(
            dump.contains("Real Server [10.0.1.1]:tcp:8080 weight 1 alive last check: none (no checker, always alive)"))
        #expect(dump.contains("Real Server [10.0.1.2]:tcp:8080 weight 1 alive last check: not yet"))
    }

    @Test func aServerHeldOutByTheSorryServerIsMarked() {
        var world = CheckerWorld()
        world.configure(
            F.configuration(F.virtualServer([F.server(1), F.server(2)], quorum: 2, hysteresis: 0, sorry: F.sorry)))
        world.set(2, .refusing)
        world.run(for: .seconds(2))
        let dump = world.engine.snapshot(now: world.now).dataDump(dataPlane: "none", now: world.now)
        #expect(
            dump.contains("Real Server [10.0.1.1]:tcp:8080 weight 1 alive (held out of the pool) last check: success"))
        #expect(dump.contains("Sorry server = [10.0.9.9]:tcp:8080, in use"))
        #expect(dump.contains("state = DOWN, alive weight = 1"))
    }
}
