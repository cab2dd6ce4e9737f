import Daemon
import Engine
import Foundation
import Glibc
import KeepalivedConfig
import Runtime
import Synchronization
import Testing
import VigilLab

private let enabled = getuid() == 0 && ProcessInfo.processInfo.environment["VIGIL_NETNS_TESTS"] == "1"

/// Collects the service's log lines for the test to wait on.
private final class LineLog: LogSink {
    private let lines = Mutex<[String]>([])

    func write(_ record: LogRecord) { lines.withLock { $0.append(record.message) } }

    func contains(_ line: String) -> Bool { lines.withLock { $0.contains(line) } }

    var all: [String] { lines.withLock { $0 } }
}

/// keepalived.conf as an operator writes it: one HTTP_GET and one TCP_CHECK real server, a sorry
/// server, the integration timers (delay_loop 1, connect_timeout 1, retry 1, delay_before_retry 1).
private let configurationText = """
    virtual_server 10.202.0.100 80 {
        delay_loop 1
        lb_algo rr
        lb_kind NAT
        protocol TCP
        sorry_server 10.202.3.2 8080
        real_server 10.202.1.2 8080 {
            weight 1
            HTTP_GET {
                url {
                    path /whoami
                    status_code 200
                }
                connect_timeout 1
                retry 1
                delay_before_retry 1
            }
        }
        real_server 10.202.2.2 8080 {
            weight 1
            TCP_CHECK {
                connect_timeout 1
                retry 1
                delay_before_retry 1
            }
        }
    }

    """

/// Next check within delay_loop, then retry + 1 failed checks of at most connect_timeout each with
/// delay_before_retry between them; plus half a second for `nft` and scheduling.
private let removalBound: Duration = .seconds(1) + .seconds(1) * 2 + .seconds(1) * 1 + .milliseconds(500)
/// A DOWN checker probes every delay_loop; one success brings it back. The issue bounds removal only;
/// recovery gets a second and a half for `ip netns exec nft` and scheduling, which a loaded
/// two-core machine has been seen to need.
private let recoveryBound: Duration = .seconds(1) + .seconds(1) + .milliseconds(1500)

private let vs = "[10.202.0.100]:tcp:80"

@Suite(.serialized, .enabled(if: enabled)) struct CheckerServiceNamespaceTests {
    @Test func theDataPlaneFollowsRealServerHealthFromClientToBackends() async throws {
        let lab = try DirectorLab(backendNames: ["web1", "web2", "sorry"])
        defer { lab.tearDown() }
        for name in ["web1", "web2", "sorry"] { try await lab.start(name) }
        let (ports, group) = try await CheckerServicePorts.system(networkNamespace: lab.director)
        let service = CheckerService(ports: ports)
        let log = LineLog()
        let loaded = KeepalivedConfigLoader.load(
            path: "/k.conf", options: ParseOptions(configID: "lb1"),
            fileSystem: InMemoryFileSystem(files: ["/k.conf": configurationText]))
        #expect(!loaded.hasErrors, "\(loaded.renderedDiagnostics)")
        let options = CheckerServiceOptions(dataPlane: .nftables, seed: 7)
        let running = Task {
            await service.run(configuration: loaded.configuration, options: options, log: log)
        }
        do {
            try await scenario(lab: lab, service: service, log: log)
        } catch {
            running.cancel()
            await running.value
            try? await group.shutdownGracefully()
            throw error
        }
        running.cancel()
        await running.value
        try await group.shutdownGracefully()
        #expect(log.contains("Removed the nftables virtual servers"))
        #expect(await lab.listTable() == nil)
    }

    private func scenario(lab: DirectorLab, service: CheckerService, log: LineLog) async throws {
        #expect(
            try await lab.waitUntil(deadline: .seconds(5)) {
                log.all.first == "Data plane: nftables (--dataplane nftables)"
            })
        // Both real servers serve.
        #expect(
            try await lab.waitUntil(deadline: .seconds(5)) { Set(await lab.requestVIP(times: 4)) == ["web1", "web2"] })
        #expect(
            try await lab.waitUntil(deadline: .seconds(5)) {
                log.contains("Remote Web server [10.202.1.2]:tcp:8080 succeed on service.")
                    && log.contains("TCP connection to [10.202.2.2]:tcp:8080 success.")
            })

        // web1 dies: within the bound every request reaches web2.
        let killed = ContinuousClock.now
        lab.stop("web1")
        #expect(
            try await lab.waitUntil(deadline: removalBound) {
                log.contains("Removing service [10.202.1.2]:tcp:8080 from VS \(vs)")
            })
        #expect(
            try await lab.waitUntil(deadline: removalBound - (ContinuousClock.now - killed)) {
                await lab.requestVIP(times: 6) == Array(repeating: "web2", count: 6)
            })
        #expect(log.contains("HTTP_CHECK on service [10.202.1.2]:tcp:8080 failed after 1 retries."))
        #expect(service.dataDump().contains("Real Server [10.202.1.2]:tcp:8080 weight 1 dead last check: failed"))

        // web1 comes back: both serve again.
        try await lab.start("web1")
        #expect(
            try await lab.waitUntil(deadline: recoveryBound) {
                log.contains("Adding service [10.202.1.2]:tcp:8080 to VS \(vs)")
            })
        #expect(
            try await lab.waitUntil(deadline: .seconds(1)) { Set(await lab.requestVIP(times: 4)) == ["web1", "web2"] })

        // Both die: quorum is lost and the sorry server answers.
        let bothKilled = ContinuousClock.now
        lab.stop("web1")
        lab.stop("web2")
        #expect(
            try await lab.waitUntil(deadline: removalBound) {
                log.contains("Lost quorum 1-0=1 > 0 for VS \(vs)")
                    && log.contains("Adding sorry server [10.202.3.2]:tcp:8080 to VS \(vs)")
            })
        #expect(
            try await lab.waitUntil(deadline: removalBound - (ContinuousClock.now - bothKilled)) {
                await lab.requestVIP(times: 4) == Array(repeating: "sorry", count: 4)
            })

        // They return: quorum is regained and the sorry server steps aside.
        try await lab.start("web1")
        try await lab.start("web2")
        #expect(
            try await lab.waitUntil(deadline: recoveryBound) {
                log.contains("Gained quorum 1+0=1 <= 1 for VS \(vs)")
                    && log.contains("Removing sorry server [10.202.3.2]:tcp:8080 from VS \(vs)")
            })
        #expect(
            try await lab.waitUntil(deadline: recoveryBound) {
                Set(await lab.requestVIP(times: 4)) == ["web1", "web2"]
            })
        #expect(await lab.listTable()?.contains("dnat ip to numgen inc mod 2") == true)
    }
}
