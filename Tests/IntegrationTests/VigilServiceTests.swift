import Foundation
import Glibc
import LinuxPlatform
import Testing
import VigilLab

/// `vigil` run as systemd and a keepalived init script run it: sd_notify's sequence on a
/// NOTIFY_SOCKET of the test's own, syslog datagrams on a socket of its own, the detached start
/// without `-n`, and the pid files of `-P`.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct VigilServiceTests {
    static let config = InstanceConfig.file(routerID: "lb1", [InstanceConfig(state: "MASTER", priority: 101)])

    /// The datagrams received on `socket` until one satisfies `last` (nil if it never came in `timeout`).
    private static func messages(
        on socket: UnixDatagramSocket, within timeout: Duration = .seconds(20), until last: (String) -> Bool
    ) -> [String]? {
        var received: [String] = []
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            guard let bytes = socket.receive(timeout: .milliseconds(200)) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            received.append(text)
            if last(text) { return received }
        }
        return nil
    }

    private static func vigil(_ lab: NamespaceLab, _ extra: [String], environment: [String] = [], config: String = config)
        throws -> [String]
    {
        let path = try lab.write("lb1-service.conf", config)
        let base = "\(lab.directory)/lb1"
        return ["env"] + environment + [
            IntegrationGate.vigilBinary, "-f", path, "-p", "\(base).pid", "-r", "\(base)-vrrp.pid", "-c",
            "\(base)-checkers.pid", "--status-socket", "\(base).sock", "--data-file", "\(base).data",
            "--stats-file", "\(base).stats",
        ] + extra
    }

    @Test func systemdHearsReadyWatchdogReloadingReadyAndStopping() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let socketPath = "\(lab.directory)/notify.sock"
        let listener = try UnixDatagramSocket(listeningAt: socketPath)
        let daemon = try lab.start(
            "lb1",
            Self.vigil(lab, ["-n", "-l", "-D"], environment: ["NOTIFY_SOCKET=\(socketPath)", "WATCHDOG_USEC=400000"]),
            logName: "vigil-service")
        let start = try #require(Self.messages(on: listener) { $0.hasPrefix("READY=1") }, "no READY=1:\n\(daemon.log)")
        #expect(start.last?.contains("\nSTATUS=Running: 1 VRRP instance") == true)
        // The STATUS= line follows the instance into MASTER.
        if start.last?.contains("(1 MASTER)") != true {
            #expect(Self.messages(on: listener) { $0.contains("STATUS=Running: 1 VRRP instance (1 MASTER)") } != nil)
        }
        // WATCHDOG=1 every 200 ms (half of WATCHDOG_USEC): about 10 in two seconds.
        let window = ContinuousClock.now + .seconds(2)
        var beats = 0
        while ContinuousClock.now < window {
            if let bytes = listener.receive(timeout: .milliseconds(100)), bytes == Array("WATCHDOG=1".utf8) { beats += 1 }
        }
        #expect((6...14).contains(beats), "\(beats) WATCHDOG=1 in 2 s")
        daemon.signal(SIGHUP)
        let reload = try #require(Self.messages(on: listener) { $0.hasPrefix("READY=1") })
        let reloading = try #require(reload.first { $0.hasPrefix("RELOADING=1") })
        #expect(reloading.contains("\nMONOTONIC_USEC="))
        #expect(reload.firstIndex(of: reloading)! < reload.count - 1)
        daemon.signal(SIGTERM)
        let stop = try #require(Self.messages(on: listener) { $0.hasPrefix("STOPPING=1") })
        #expect(stop.last?.contains("STATUS=") == true)
        #expect(await daemon.waitForExit(within: .seconds(10)))
        #expect(daemon.reap() == .exited(0))
    }

    @Test func withoutMinusLTheLogGoesToSyslogUnderKeepalivedsIdent() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let socketPath = "\(lab.directory)/log.sock"
        let listener = try UnixDatagramSocket(listeningAt: socketPath)
        let daemon = try lab.start(
            "lb1", Self.vigil(lab, ["-n", "-S", "2", "--syslog-socket", socketPath]), logName: "vigil-syslog")
        let lines = try #require(Self.messages(on: listener) { $0.contains("Entering MASTER STATE") }, "\(daemon.log)")
        // local2 (18) * 8 + info (6).
        #expect(lines.allSatisfy { $0.hasPrefix("<") && $0.contains(" Keepalived_vrrp[") })
        #expect(lines.contains { $0.hasPrefix("<150>") && $0.hasSuffix("(VI_1) Entering MASTER STATE") })
        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(within: .seconds(10)))
    }

    @Test func withoutMinusNTheCommandReturnsOnceTheDetachedDaemonIsReady() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let pidPath = "\(lab.directory)/lb1.pid"
        let command = ["ip", "netns", "exec", lab.namespace("lb1")] + (try Self.vigil(lab, ["-l"]))
        let (status, output) = try lab.shell.runStatus(command)
        // The detached daemon is no child of ours: end it by the pid it wrote, even if a check fails.
        let pid = Self.recordedPID(pidPath)
        defer { if let pid { kill(pid, SIGTERM) } }
        #expect(status == 0, "\(output)")
        let daemon = try #require(pid)
        #expect(kill(daemon, 0) == 0)
        #expect(getsid(daemon) == daemon)
        #expect(Self.recordedPID("\(lab.directory)/lb1-vrrp.pid") == daemon)
        let holds = await waitUntilHolds(lab)
        #expect(holds)
        kill(daemon, SIGTERM)
        // It is not our child: its pid file going away says it stopped.
        let stopped = await Eventually.holds(within: .seconds(10)) { !FileManager.default.fileExists(atPath: pidPath) }
        #expect(stopped)
    }

    @Test func withoutMinusNAFailedStartReturnsTheDaemonsStatus() throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let broken = "vrrp_instance VI_1 {\n    interface eth9\n}\n"
        let command = ["ip", "netns", "exec", lab.namespace("lb1")] + (try Self.vigil(lab, ["-l"], config: broken))
        let (status, _) = try lab.shell.runStatus(command)
        #expect(status == 1)
        #expect(!FileManager.default.fileExists(atPath: "\(lab.directory)/lb1.pid"))
    }

    @Test func minusPRunsVRRPOnlyAndWritesNoCheckersPidFile() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let virtualServer = """
            virtual_server 10.99.0.100 80 {
                delay_loop 1
                lb_algo rr
                lb_kind NAT
                protocol TCP
                real_server 10.99.0.21 80 {
                    TCP_CHECK {
                        connect_timeout 1
                    }
                }
            }

            """
        let daemon = try lab.start(
            "lb1", Self.vigil(lab, ["-n", "-l", "-P"], config: Self.config + virtualServer), logName: "vigil-vrrp-only")
        #expect(await Eventually.holds(within: .seconds(15), every: .milliseconds(100)) { lab.holds("lb1", "10.99.0.100") },
                "\(daemon.log)")
        #expect(FileManager.default.fileExists(atPath: "\(lab.directory)/lb1-vrrp.pid"))
        #expect(!FileManager.default.fileExists(atPath: "\(lab.directory)/lb1-checkers.pid"))
        #expect(!daemon.log.contains("Data plane:"), "\(daemon.log)")
        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(within: .seconds(10)))
    }

    @Test func minusVLeavesTheVIPsAtShutdownAndMinusDLogsTheConfiguration() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let daemon = try lab.start("lb1", Self.vigil(lab, ["-n", "-l", "-V", "-d"]), logName: "vigil-keep")
        #expect(await waitUntilHolds(lab), "\(daemon.log)")
        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(within: .seconds(10)))
        #expect(daemon.reap() == .exited(0))
        #expect(lab.holds("lb1", "10.99.0.100"), "\(daemon.log)")
        #expect(daemon.log.contains("Configuration:\n{"), "\(daemon.log)")
    }

    private static func recordedPID(_ path: String) -> Int32? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private func waitUntilHolds(_ lab: NamespaceLab) async -> Bool {
        await Eventually.holds(within: .seconds(15), every: .milliseconds(100)) { lab.holds("lb1", "10.99.0.100") }
    }
}
