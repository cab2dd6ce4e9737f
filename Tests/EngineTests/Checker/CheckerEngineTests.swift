import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Testing

private typealias F = CheckerFixture

private let both = ["10.0.1.1:8080=1", "10.0.1.2:8080=1"]
private let onlySecond = ["10.0.1.2:8080=1"]

@Suite struct CheckerEngineTests {
    @Test func theFirstTableHoldsEveryNonAlphaRealServer() {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1), F.server(2)])))
        #expect(world.tables.count == 1)
        #expect(world.pool() == both)
        #expect(
            world.logLines == [
                "Activating healthchecker for service [10.0.1.1]:tcp:8080 for VS [10.0.0.100]:tcp:80",
                "Activating healthchecker for service [10.0.1.2]:tcp:8080 for VS [10.0.0.100]:tcp:80",
            ])
    }

    /// The bound: the next regular check comes within `delay_loop`; then `retry + 1` checks fail, each
    /// after `latency` (connect_timeout when the server is silent, at once when it refuses), with
    /// `delay_before_retry` between them.
    @Test(arguments: [
        (CheckerWorld.Behaviour.silent, 1), (.silent, 0), (.silent, 3), (.refusing, 1), (.refusing, 0),
    ])
    func aFailingRealServerLeavesTheTableWithinRetryTimesTimeoutPlusDelayBeforeRetry(
        behaviour: CheckerWorld.Behaviour, retry: Int
    ) throws {
        var world = CheckerWorld()
        let servers = [1, 2].map { F.server($0, checkers: [F.tcp($0, retry: retry)]) }
        world.configure(F.configuration(F.virtualServer(servers)))
        world.run(for: .seconds(5))
        let failedAt = world.now
        world.set(1, behaviour)
        world.run(for: .seconds(15))
        let removedAt = try #require(world.firstTable(after: failedAt) { $0 == onlySecond })
        let latency: Duration = if case .silent = behaviour { .seconds(1) } else { .zero }
        let spent = latency * (retry + 1) + .seconds(1) * retry
        #expect(removedAt - failedAt <= .seconds(1) + spent)
        #expect(removedAt - failedAt >= spent)
        let retries = retry > 0 ? " after \(retry) retries" : ""
        #expect(
            world.logLines(since: failedAt) == [
                "TCP_CHECK on service [10.0.1.1]:tcp:8080 failed\(retries).",
                "Removing service [10.0.1.1]:tcp:8080 from VS [10.0.0.100]:tcp:80",
            ])
    }

    @Test func aRealServerComesBackWithinOneDelayLoopOfRecovering() throws {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1), F.server(2)])))
        world.set(1, .silent)
        world.run(for: .seconds(10))
        #expect(world.pool() == onlySecond)
        let recoveredAt = world.now
        world.set(1, .healthy)
        world.run(for: .seconds(5))
        let backAt = try #require(world.firstTable(after: recoveredAt) { $0 == both })
        // A probe already in flight may still time out; the next one comes a delay_loop later.
        #expect(backAt - recoveredAt <= .seconds(2) + .milliseconds(10))
        #expect(
            world.logLines(since: recoveredAt) == [
                "TCP connection to [10.0.1.1]:tcp:8080 success.",
                "Adding service [10.0.1.1]:tcp:8080 to VS [10.0.0.100]:tcp:80",
            ])
        #expect(world.tables.count == 3)
    }

    @Test func losingQuorumSwitchesToTheSorryServerAndRegainingItSwitchesBack() throws {
        var world = CheckerWorld()
        let up = CheckerScript(arguments: ["/bin/quorum", "up"])
        let down = CheckerScript(arguments: ["/bin/quorum", "down"])
        world.configure(
            F.configuration(
                F.virtualServer([F.server(1), F.server(2)], sorry: F.sorry, quorumUp: up, quorumDown: down)))
        world.run(for: .seconds(3))
        let lostAt = world.now
        world.set(1, .refusing)
        world.set(2, .refusing)
        world.run(for: .seconds(3))
        #expect(world.pool() == ["10.0.9.9:8080=1"])
        #expect(
            world.logLines(since: lostAt) == [
                "TCP_CHECK on service [10.0.1.1]:tcp:8080 failed after 1 retries.",
                "Removing service [10.0.1.1]:tcp:8080 from VS [10.0.0.100]:tcp:80",
                "TCP_CHECK on service [10.0.1.2]:tcp:8080 failed after 1 retries.",
                "Removing service [10.0.1.2]:tcp:8080 from VS [10.0.0.100]:tcp:80",
                "Lost quorum 1-0=1 > 0 for VS [10.0.0.100]:tcp:80",
                "Adding sorry server [10.0.9.9]:tcp:8080 to VS [10.0.0.100]:tcp:80",
                "Removing alive servers from the pool for VS [10.0.0.100]:tcp:80",
            ])
        #expect(world.scripts.map(\.script) == [down])
        let regainedAt = world.now
        world.set(2, .healthy)
        world.run(for: .seconds(3))
        #expect(world.pool() == onlySecond)
        #expect(
            world.logLines(since: regainedAt) == [
                "TCP connection to [10.0.1.2]:tcp:8080 success.",
                "Adding service [10.0.1.2]:tcp:8080 to VS [10.0.0.100]:tcp:80",
                "Gained quorum 1+0=1 <= 1 for VS [10.0.0.100]:tcp:80",
                "Removing sorry server [10.0.9.9]:tcp:8080 from VS [10.0.0.100]:tcp:80",
                "Adding alive servers to the pool for VS [10.0.0.100]:tcp:80",
            ])
        #expect(world.scripts.map(\.script) == [down, up])
        #expect(
            world.scripts.map(\.purpose) == [.quorumDown(F.virtualServer([]).id), .quorumUp(F.virtualServer([]).id)])
    }

    @Test func warmUpSpreadsTheFirstChecksAndHealthyServersNeverLeaveThePool() throws {
        var world = CheckerWorld(seed: 42)
        let servers = (1...6).map { F.server($0, checkers: [F.tcp($0, warmup: .seconds(5))]) }
        world.configure(F.configuration(F.virtualServer(servers)))
        world.run(for: .seconds(30))
        #expect(world.tables.count == 1)
        #expect(world.pool().count == 6)
        #expect(!world.logLines.contains { $0.hasPrefix("Removing") })
        let firstProbes = try (1...6).map { try #require(world.probes(of: F.backend($0)).first) }
        #expect(firstProbes.allSatisfy { $0 >= .zero + .seconds(1) && $0 <= .zero + .seconds(6) })
        #expect(Set(firstProbes).count == 6)
    }

    @Test func aFailingServerUnderWarmUpLeavesOnceAndStaysOut() {
        var world = CheckerWorld(seed: 42)
        let servers = [1, 2].map { F.server($0, checkers: [F.tcp($0, warmup: .seconds(5))]) }
        world.configure(F.configuration(F.virtualServer(servers)))
        world.set(1, .refusing)
        world.run(for: .seconds(30))
        #expect(world.tables.count == 2)
        #expect(world.pool() == onlySecond)
        #expect(world.logLines.filter { $0.contains("[10.0.1.1]") && $0.hasPrefix("Removing") }.count == 1)
        #expect(
            world.logLines.filter { $0.hasPrefix("TCP_CHECK on service [10.0.1.1]") } == [
                "TCP_CHECK on service [10.0.1.1]:tcp:8080 failed."
            ])
    }

    @Test func alphaServersJoinOnTheirFirstSuccessOnly() {
        var world = CheckerWorld()
        let servers = [1, 2].map { F.server($0, checkers: [F.tcp($0, alpha: true)]) }
        world.configure(F.configuration(F.virtualServer(servers)))
        #expect(world.pool().isEmpty)
        world.set(2, .refusing)
        world.run(for: .seconds(10))
        #expect(world.pool() == ["10.0.1.1:8080=1"])
        #expect(world.tables.count == 2)
        #expect(world.logLines.contains("TCP_CHECK on service [10.0.1.2]:tcp:8080 failed."))
    }

    @Test func aRealServerSharedByTwoVirtualServersIsProbedOncePerInterval() throws {
        var world = CheckerWorld()
        world.configure(
            F.configuration(F.virtualServer(port: 80, [F.server(1)]), F.virtualServer(port: 443, [F.server(1)])))
        #expect(world.engine.checkerCount == 1)
        world.run(for: .seconds(11))
        // First probe at 1 s, then one per delay_loop (1 s plus the 2 ms answer): 10 in 11 s.
        #expect(world.probes(of: F.backend(1)).count == 10)
        let failedAt = world.now
        world.set(1, .refusing)
        world.run(for: .seconds(3))
        let removed80 = try #require(world.firstTable(after: failedAt, port: 80) { $0.isEmpty })
        let removed443 = try #require(world.firstTable(after: failedAt, port: 443) { $0.isEmpty })
        #expect(removed80 == removed443)
        #expect(world.logLines(since: failedAt).filter { $0.hasPrefix("TCP_CHECK") }.count == 1)
        #expect(world.logLines(since: failedAt).filter { $0.hasPrefix("Removing service") }.count == 2)
    }

    @Test func notifyScriptsRunAfterTheRealServerLine() {
        var world = CheckerWorld()
        var server = F.server(1)
        server.notifyUp = CheckerScript(arguments: ["/bin/up"], user: "nobody")
        server.notifyDown = CheckerScript(arguments: ["/bin/down"])
        world.configure(F.configuration(F.virtualServer([server, F.server(2)])))
        world.set(1, .refusing)
        world.run(for: .seconds(3))
        world.set(1, .healthy)
        world.run(for: .seconds(3))
        let id = RealServerID(virtualServer: F.virtualServer([]).id, address: F.backend(1), port: 8080)
        #expect(world.scripts.map(\.purpose) == [.notifyDown(id), .notifyUp(id)])
        #expect(world.scripts.map(\.script.arguments) == [["/bin/down"], ["/bin/up"]])
        let order = world.effects.compactMap { entry -> String? in
            switch entry.effect {
            case .log(let line) where line.message.hasPrefix("Removing"): "log"
            case .runScript: "script"
            case .applyTable: "table"
            default: nil
            }
        }
        #expect(order.prefix(4) == ["table", "log", "script", "table"])
    }

    @Test func inhibitOnFailureKeepsADeadServerAtWeightZero() {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1, weight: 3, inhibit: true), F.server(2)])))
        world.set(1, .refusing)
        world.run(for: .seconds(3))
        #expect(world.pool() == ["10.0.1.1:8080=0", "10.0.1.2:8080=1"])
        #expect(world.logLines.contains("Disabling service [10.0.1.1]:tcp:8080 of VS [10.0.0.100]:tcp:80"))
        world.set(1, .healthy)
        world.run(for: .seconds(3))
        #expect(world.pool() == ["10.0.1.1:8080=3", "10.0.1.2:8080=1"])
        #expect(world.logLines.contains("Enabling service [10.0.1.1]:tcp:8080 of VS [10.0.0.100]:tcp:80"))
    }

    @Test func aDynamicMiscCheckChangesTheWeight() {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1, checkers: [F.misc(1)]), F.server(2)])))
        world.set(1, .weighing(5))
        world.run(for: .seconds(2))
        #expect(world.pool() == ["10.0.1.1:8080=5", "10.0.1.2:8080=1"])
        #expect(
            world.logLines.contains(
                "Changing weight from 1 to 5 for active service [10.0.1.1]:tcp:8080 of VS [10.0.0.100]:tcp:80"))
        world.set(1, .weighing(nil))
        world.run(for: .seconds(2))
        #expect(world.pool() == both)
    }

    @Test func aProbeThatNeverAnswersCountsAsFailedAtItsTimeoutPlusGrace() throws {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1, checkers: [F.tcp(1, retry: 0)]), F.server(2)])))
        world.set(1, .hung)
        world.run(for: .seconds(5))
        let removedAt = try #require(world.firstTable(after: .zero) { $0 == onlySecond })
        // First probe at 1 s, watchdog at 1 s + connect_timeout + 2 s.
        #expect(removedAt == .zero + .seconds(4))
        let snapshot = world.engine.snapshot(now: world.now)
        let checker = try #require(snapshot.virtualServers.first?.realServers.first?.checkers.first)
        #expect(checker.lastOutcome?.result == .failure(reason: "no result within 1.0 seconds"))
    }

    @Test func aLateResultIsIgnored() {
        var engine = CheckerEngine(seed: 1)
        _ = engine.handle(.configured(F.configuration(F.virtualServer([F.server(1)]))), now: .zero)
        let effects = engine.handle(.probeFinished(F.tcp(1), .failure(reason: "late")), now: .zero + .milliseconds(500))
        #expect(effects.allSatisfy { if case .log(let line) = $0 { line.level == .debug } else { false } })
        #expect(engine.desiredTable[.endpoint(address: F.vip, port: 80, protocol: .tcp)]?.destinations.count == 1)
    }

    @Test func theFirstSuccessOfEveryCheckerIsLoggedOnce() {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1)])))
        world.run(for: .seconds(10))
        #expect(
            world.logLines.filter { $0.hasPrefix("TCP connection") } == [
                "TCP connection to [10.0.1.1]:tcp:8080 success."
            ])
    }
}
