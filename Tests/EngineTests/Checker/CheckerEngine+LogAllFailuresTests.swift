import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Testing

private typealias F = CheckerFixture

/// `log_all_failures` / `checker_log_all_failures`: while a checker is UP every failed check is
/// logged, the ones `retry` forgives too; without it only the check that takes it DOWN is.
@Suite struct CheckerEngineLogAllFailuresTests {
    static let attemptLine = "TCP connection to [10.0.1.1]:tcp:8080 failed (connection refused)."

    static func world(retry: Int, logAllFailures: Bool) -> CheckerWorld {
        var world = CheckerWorld()
        let first = F.server(1, checkers: [F.tcp(1, retry: retry, logAllFailures: logAllFailures)])
        world.configure(F.configuration(F.virtualServer([first, F.server(2)])))
        world.run(for: .seconds(5))
        return world
    }

    @Test func everyFailedCheckIsLoggedUntilTheCheckerGoesDownAndNoneWhileItIsDown() {
        var world = Self.world(retry: 2, logAllFailures: true)
        let failedAt = world.now
        world.set(1, .refusing)
        world.run(for: .seconds(10))
        #expect(
            world.logLines(since: failedAt) == [
                Self.attemptLine, Self.attemptLine, Self.attemptLine,
                "TCP_CHECK on service [10.0.1.1]:tcp:8080 failed after 2 retries.",
                "Removing service [10.0.1.1]:tcp:8080 from VS [10.0.0.100]:tcp:80",
            ])
        let downAt = world.now
        world.run(for: .seconds(5))
        #expect(world.logLines(since: downAt).isEmpty, "a checker that is DOWN logs no further failure")
    }

    @Test func aFailureTheRetriesForgiveIsLoggedOnlyWithTheKeyword() {
        for logAllFailures in [true, false] {
            var world = Self.world(retry: 5, logAllFailures: logAllFailures)
            let failedAt = world.now
            world.set(1, .refusing)
            world.run(for: .milliseconds(2500))
            world.set(1, .healthy)
            world.run(for: .seconds(5))
            let lines = world.logLines(since: failedAt)
            #expect(world.pool() == ["10.0.1.1:8080=1", "10.0.1.2:8080=1"], "the real server never left")
            if logAllFailures {
                #expect((2...3).contains(lines.count), "\(lines)")
                #expect(lines.allSatisfy { $0 == Self.attemptLine }, "\(lines)")
            } else {
                #expect(lines.isEmpty, "\(lines)")
            }
        }
    }
}
