import Daemon
import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import TestSupport
import Testing

private func ip(_ text: String) -> IPAddress { IPAddress(text) ?? .v4(IPv4Address(0)) }

private let service80 = ServiceKey.endpoint(address: ip("10.0.0.100"), port: 80, protocol: .tcp)
private let both = ["10.0.1.1:8080=1", "10.0.1.2:8080=1"]

private func realServer(_ n: Int) -> String {
    """
        real_server 10.0.1.\(n) 8080 {
            TCP_CHECK {
                connect_timeout 1
                retry 1
                delay_before_retry 1
                warmup 0
            }
        }
    """
}

/// delay_loop 1, two real servers, a sorry server and quorum scripts.
private func configuration(servers: [Int] = [1, 2], port: Int = 80) -> String {
    """
    virtual_server 10.0.0.100 \(port) {
        delay_loop 1
        lb_algo rr
        lb_kind NAT
        protocol TCP
        sorry_server 10.0.9.9 8080
        quorum_up "/bin/quorum up"
        quorum_down "/bin/quorum down"
    \(servers.map(realServer).joined(separator: "\n"))
    }

    """
}

@Suite(.serialized) struct CheckerServiceTests {
    @Test func theFirstTableReachesTheDataPlaneAndChecksBegin() async {
        let harness = CheckerServiceHarness(configuration())
        #expect(await harness.wait { harness.dataPlane.pool(service80) == both })
        #expect(await harness.advance(upTo: .seconds(3)) { harness.prober.probes.count >= 2 } != nil)
        #expect(harness.log.messages.first == "Data plane: nftables (IPVS unavailable: not in this test)")
        #expect(harness.log.messages.contains("TCP connection to [10.0.1.1]:tcp:8080 success."))
        await harness.stop()
        #expect(harness.dataPlane.released)
    }

    @Test func aFailingRealServerLeavesThePoolAndComesBackWhenItRecovers() async throws {
        let harness = CheckerServiceHarness(configuration())
        _ = await harness.advance(upTo: .seconds(3)) { harness.prober.probes.count >= 2 }
        harness.prober.set(ip("10.0.1.1"), .failure(reason: "connection refused"))
        let removal = try #require(
            await harness.advance(upTo: .seconds(10)) { harness.dataPlane.pool(service80) == ["10.0.1.2:8080=1"] })
        // Next check within delay_loop, one retry after delay_before_retry; refusals fail at once.
        #expect(removal <= .seconds(2) + .milliseconds(200))
        #expect(harness.log.messages.contains("TCP_CHECK on service [10.0.1.1]:tcp:8080 failed after 1 retries."))
        #expect(harness.log.messages.contains("Removing service [10.0.1.1]:tcp:8080 from VS [10.0.0.100]:tcp:80"))
        harness.prober.set(ip("10.0.1.1"), .success)
        let recovery = try #require(
            await harness.advance(upTo: .seconds(5)) { harness.dataPlane.pool(service80) == both })
        #expect(recovery <= .seconds(1) + .milliseconds(200))
        #expect(harness.log.messages.contains("Adding service [10.0.1.1]:tcp:8080 to VS [10.0.0.100]:tcp:80"))
        await harness.stop()
    }

    @Test func losingQuorumPutsTheSorryServerInAndRunsQuorumDown() async throws {
        let harness = CheckerServiceHarness(configuration())
        harness.prober.set(ip("10.0.1.1"), .failure(reason: "connection refused"))
        harness.prober.set(ip("10.0.1.2"), .failure(reason: "connection refused"))
        #expect(
            await harness.advance(upTo: .seconds(5)) { harness.dataPlane.pool(service80) == ["10.0.9.9:8080=1"] } != nil
        )
        let id = VirtualServerID("[10.0.0.100]:tcp:80")
        #expect(await harness.wait { harness.scripts.purposes == [.quorumDown(id)] })
        #expect(harness.log.messages.contains("Lost quorum 1-0=1 > 0 for VS [10.0.0.100]:tcp:80"))
        harness.prober.set(ip("10.0.1.2"), .success)
        #expect(
            await harness.advance(upTo: .seconds(5)) { harness.dataPlane.pool(service80) == ["10.0.1.2:8080=1"] } != nil
        )
        #expect(await harness.wait { harness.scripts.purposes == [.quorumDown(id), .quorumUp(id)] })
        await harness.stop()
    }

    @Test func quorumScriptsRunAsScriptUserWithTheNotifyTimeoutAndAFailureIsLogged() async throws {
        let globals = "global_defs {\n    script_user nobody\n}\n"
        let harness = CheckerServiceHarness(globals + configuration())
        harness.scripts.outcome = .exited(3)
        harness.prober.set(ip("10.0.1.1"), .failure(reason: "connection refused"))
        harness.prober.set(ip("10.0.1.2"), .failure(reason: "connection refused"))
        let id = VirtualServerID("[10.0.0.100]:tcp:80")
        _ = await harness.advance(upTo: .seconds(5)) { harness.scripts.purposes == [.quorumDown(id)] }
        let request = try #require(harness.scripts.requests.first)
        #expect(request.arguments == ["/bin/quorum", "down"])
        #expect(request.user == ScriptUser(name: "nobody"))
        #expect(request.timeout == .seconds(120))
        let warning = LogRecord.warning(
            "quorum_down of VS [10.0.0.100]:tcp:80 script /bin/quorum down exited with status 3")
        #expect(await harness.wait { harness.log.records.contains(warning) })
        await harness.stop()
    }

    @Test func withoutScriptUserScriptsRunAsKeepalivedScriptWhenThatUserExists() async throws {
        let harness = CheckerServiceHarness(configuration(), userExists: { $0 == "keepalived_script" })
        harness.prober.set(ip("10.0.1.1"), .failure(reason: "connection refused"))
        harness.prober.set(ip("10.0.1.2"), .failure(reason: "connection refused"))
        _ = await harness.advance(upTo: .seconds(5)) { !harness.scripts.requests.isEmpty }
        #expect(harness.scripts.requests.first?.user == ScriptUser(name: "keepalived_script"))
        await harness.stop()
    }

    @Test func aReloadAddsTheNewRealServerAndKeepsTheRunningCheckers() async throws {
        let harness = CheckerServiceHarness(configuration())
        _ = await harness.advance(upTo: .seconds(3)) { harness.prober.probes.count >= 2 }
        harness.service.reload(configuration: CheckerConfigText.load(configuration(servers: [1, 2, 3])).configuration)
        #expect(await harness.settle())
        #expect(await harness.wait { harness.dataPlane.pool(service80).count == 3 })
        let activations = harness.log.messages.filter { $0.hasPrefix("Activating healthchecker") }
        #expect(activations.count == 3)
        #expect(
            activations.last == "Activating healthchecker for service [10.0.1.3]:tcp:8080 for VS [10.0.0.100]:tcp:80")
        await harness.stop()
    }

    @Test func aRefusedTableIsAppliedAgainAfterTheRetryDelay() async throws {
        let harness = CheckerServiceHarness(
            configuration(), options: CheckerServiceOptions(seed: 1, applyRetryDelay: .seconds(2)), refusals: 1)
        #expect(await harness.wait { harness.log.messages.contains { $0.hasPrefix("Cannot program the recording") } })
        #expect(harness.dataPlane.tables.isEmpty)
        let applied = try #require(await harness.advance(upTo: .seconds(5)) { !harness.dataPlane.tables.isEmpty })
        #expect(applied >= .seconds(2))
        #expect(harness.dataPlane.pool(service80) == both)
        await harness.stop()
    }

    @Test func theSnapshotAndTheDataDumpShowEveryRealServer() async throws {
        let harness = CheckerServiceHarness(configuration())
        harness.prober.set(ip("10.0.1.2"), .failure(reason: "connection refused"))
        _ = await harness.advance(upTo: .seconds(5)) { harness.dataPlane.pool(service80) == ["10.0.1.1:8080=1"] }
        let snapshot = harness.service.snapshot()
        let servers = try #require(snapshot.virtualServers.first?.realServers)
        #expect(servers.map(\.isAlive) == [true, false])
        let dump = harness.service.dataDump()
        #expect(dump.contains(" Data plane = nftables (IPVS unavailable: not in this test)"))
        #expect(dump.contains(" Virtual Server [10.0.0.100]:tcp:80\n"))
        #expect(dump.contains("   Real Server [10.0.1.1]:tcp:8080 weight 1 alive last check: success "))
        #expect(dump.contains("   Real Server [10.0.1.2]:tcp:8080 weight 1 dead last check: failed "))
        #expect(dump.contains("(connection refused)"))
        await harness.stop()
    }

    @Test func aRealServerInTwoVirtualServersIsProbedOncePerDelayLoop() async throws {
        let harness = CheckerServiceHarness(configuration(servers: [1]) + configuration(servers: [1], port: 81))
        _ = await harness.advance(upTo: .seconds(6)) { false }
        let probes = harness.prober.probes.filter { $0.target.address == ip("10.0.1.1") }
        // 6 s of virtual time, first check at 1 s: about 5 probes, not 10.
        #expect((4...6).contains(probes.count))
        await harness.stop()
    }

    @Test func keepingTheTableOnExitLeavesItInstalled() async {
        let harness = CheckerServiceHarness(
            configuration(), options: CheckerServiceOptions(seed: 1, releasesOnExit: false))
        #expect(await harness.wait { !harness.dataPlane.tables.isEmpty })
        await harness.stop()
        #expect(!harness.dataPlane.released)
    }
}
