import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Runtime
import TestSupport
import Testing

/// The generic runtime driving the checker engine: probes out and results back, tables to the data
/// plane, scripts through the `ScriptRunner` port, lines to the `LogSink`, all in virtual time.
@Suite struct CheckerRuntimeTests {
    private typealias H = CheckerRuntimeHarness
    private let both = ["10.0.1.1:8080=1", "10.0.1.2:8080=1"]

    @Test func theFirstTableReachesTheDataPlaneAndTheChecksStartTogetherAtTheirDeadline() async {
        let harness = H()
        harness.configure(H.configuration(servers: [1, 2]))
        #expect(await waitUntil(timeout: .seconds(30)) { harness.dataPlane.pool(H.service) == both })
        #expect(await harness.settle())
        #expect(harness.prober.probes.isEmpty)
        harness.clock.advance(by: .milliseconds(999))
        #expect(await harness.settle())
        #expect(harness.prober.probes.isEmpty)
        harness.clock.advance(by: .milliseconds(1))
        #expect(await waitUntil(timeout: .seconds(30)) { harness.prober.probes.count == 2 })
        #expect(await harness.settle())
        #expect(harness.log.messages.contains("TCP connection to [10.0.1.1]:tcp:8080 success."))
        await harness.stop()
    }

    @Test func aFailingServerLeavesThePoolAndItsQuorumScriptRunsOnTheScriptRunnerPort() async throws {
        let harness = H(scriptOutcome: .exited(3))
        let script = CheckerScript(arguments: ["/bin/quorum", "down"], user: "nobody")
        harness.configure(H.configuration(servers: [1, 2], quorumDown: script))
        #expect(await waitUntil(timeout: .seconds(30)) { harness.dataPlane.pool(H.service) == both })
        harness.prober.set(H.address("10.0.1.1"), .failure(reason: "connection refused"))
        harness.prober.set(H.address("10.0.1.2"), .failure(reason: "connection refused"))
        let gone = await harness.advance(upTo: .seconds(5)) { harness.dataPlane.pool(H.service).isEmpty }
        #expect(gone != nil)
        let id = VirtualServerID("[10.0.0.100]:tcp:80")
        let expected = ScriptRequest(
            purpose: .checker(.quorumDown(id)), arguments: ["/bin/quorum", "down"],
            user: ScriptUser(name: "nobody"), timeout: EngineConfiguration.defaultNotifyTimeout)
        #expect(await waitUntil(timeout: .seconds(30)) { harness.scripts.requests == [expected] })
        let warning = LogRecord.warning(
            "quorum_down of VS [10.0.0.100]:tcp:80 script /bin/quorum down exited with status 3")
        #expect(await waitUntil(timeout: .seconds(30)) { harness.log.records.contains(warning) })
        await harness.stop()
    }

    @Test func theCoreCanBeReadWhileTheLoopDrivesIt() async throws {
        let harness = H()
        harness.configure(H.configuration(servers: [1, 2]))
        harness.prober.set(H.address("10.0.1.2"), .failure(reason: "connection refused"))
        let settled = await harness.advance(upTo: .seconds(5)) {
            harness.dataPlane.pool(H.service) == ["10.0.1.1:8080=1"]
        }
        #expect(settled != nil)
        let now = harness.clock.now
        let servers = try #require(harness.core.read { $0.snapshot(now: now) }.virtualServers.first?.realServers)
        #expect(servers.map(\.isAlive) == [true, false])
        await harness.stop()
    }

    @Test func stoppingReleasesTheTable() async {
        let harness = H()
        harness.configure(H.configuration(servers: [1]))
        #expect(await waitUntil(timeout: .seconds(30)) { !harness.dataPlane.tables.isEmpty })
        await harness.stop()
        #expect(harness.dataPlane.released)
        #expect(harness.log.messages.last == "Removed the recording virtual servers")
    }

    @Test func withoutReleaseOnExitTheTableStaysInstalled() async {
        let harness = H(releasesOnExit: false)
        harness.configure(H.configuration(servers: [1]))
        #expect(await waitUntil(timeout: .seconds(30)) { !harness.dataPlane.tables.isEmpty })
        await harness.stop()
        #expect(!harness.dataPlane.released)
    }
}
