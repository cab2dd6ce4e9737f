import Daemon
import Foundation
import Glibc
import LinuxPlatform
import Testing
import VigilLab

/// `vigil ctl` and `vigil status --watch` end to end: the CLI, the daemon's status socket, the
/// engines, and what the data plane and the peer then do.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct VigilControlTests {
    /// `vigil ctl ARGUMENTS --socket SOCKET`: its exit status and output.
    static func ctl(_ shell: LabShell, _ socket: String, _ arguments: String...) -> (status: Int32, output: String) {
        (try? shell.runStatus([IntegrationGate.vigilBinary, "ctl"] + arguments + ["--socket", socket])) ?? (-1, "")
    }

    static let director = """
        global_defs {
            router_id director
        }
        virtual_server 10.202.0.100 80 {
            delay_loop 1
            lb_algo rr
            lb_kind NAT
            protocol TCP
            real_server 10.202.1.2 8080 {
                weight 1
                TCP_CHECK {
                    connect_timeout 1
                }
            }
            real_server 10.202.2.2 8080 {
                weight 1
                TCP_CHECK {
                    connect_timeout 1
                }
            }
        }

        """

    @Test func drainKeepsARealServerAtWeightZeroAcrossChecksAndAReloadUntilUndrain() async throws {
        let lab = try DirectorLab(backendNames: ["web1", "web2"], serving: true)
        defer { lab.tearDown() }
        let directory = "/tmp/vigil-control-\(lab.prefix)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let config = "\(directory)/director.conf"
        try Self.director.write(toFile: config, atomically: true, encoding: .utf8)
        let socket = "\(directory)/vigil.sock"
        let daemon = try lab.shell.start(
            ["ip", "netns", "exec", lab.director, "env", "VIGIL_DATAPLANE=nftables", IntegrationGate.vigilBinary,
             "-f", config, "-n", "-l", "-p", "\(directory)/vigil.pid", "-r", "\(directory)/vrrp.pid",
             "--status-socket", socket],
            logPath: "\(directory)/vigil.log")
        #expect(
            try await lab.waitUntil(deadline: .seconds(15)) { Set(await lab.requestVIP(times: 4)) == ["web1", "web2"] },
            "\(daemon.log)")

        let drained = Self.ctl(lab.shell, socket, "drain", "10.202.0.100:80", "10.202.2.2:8080")
        #expect(drained.status == 0 && drained.output.hasPrefix("draining [10.202.2.2]:8080"), "\(drained)")
        // The data plane: web2 leaves the dnat map, new connections all go to web1.
        #expect(
            try await lab.waitUntil(deadline: .seconds(5)) {
                let table = await lab.listTable() ?? ""
                return table.contains("10.202.1.2") && !table.contains("10.202.2.2")
            })
        #expect(await lab.requestVIP(times: 4) == Array(repeating: "web1", count: 4))
        #expect(daemon.log.contains("Control: 'drain 10.202.0.100:80 10.202.2.2:8080' requested by uid 0 pid "))
        #expect(daemon.log.contains("Draining [10.202.2.2]:tcp:8080 of VS [10.202.0.100]:tcp:80"))
        let status = try await StatusClient(socketPath: socket).status()
        let web2 = status.virtualServers.first?.realServers.first { $0.address == "10.202.2.2" }
        #expect(web2?.drained == true && web2?.alive == true)

        // Three check rounds (delay_loop 1) and a reload later, web2 is still drained.
        let reload = Self.ctl(lab.shell, socket, "reload")
        #expect(reload.status == 0, "\(reload)")
        #expect(try await lab.waitUntil(deadline: .seconds(5)) { daemon.log.contains("Reloading configuration") })
        #expect(daemon.log.contains("Control: 'reload' requested by uid 0 pid "))
        let clock = ContinuousClock()
        let until = clock.now + .seconds(3)
        while clock.now < until {
            #expect(await lab.requestVIP() == "web1")
        }
        #expect(!(await lab.listTable() ?? "10.202.2.2").contains("10.202.2.2"))

        let undrained = Self.ctl(lab.shell, socket, "undrain", "10.202.0.100:80", "10.202.2.2:8080")
        #expect(undrained.status == 0, "\(undrained)")
        #expect(
            try await lab.waitUntil(deadline: .seconds(5)) { Set(await lab.requestVIP(times: 4)) == ["web1", "web2"] })
        let unknown = Self.ctl(lab.shell, socket, "drain", "10.202.0.100:80", "10.202.9.9:8080")
        #expect(unknown.status == 1 && unknown.output.contains("404"), "\(unknown)")

        // `vigil status --watch` shows the checkers' transitions too: web2 stops, its check fails.
        let watch = try lab.shell.start(
            [IntegrationGate.vigilBinary, "status", "--watch", "--socket", socket], logPath: "\(directory)/watch.log")
        let web2Line = "real server [10.202.2.2]:tcp:8080 of [10.202.0.100]:tcp:80"
        #expect(await Eventually.holds(within: .seconds(5)) { watch.log.contains("\(web2Line) UP") }, "\(watch.log)")
        lab.stop("web2")
        #expect(
            await Eventually.holds(within: .seconds(8)) { watch.log.contains("\(web2Line) UP -> DOWN (TCP_CHECK: ") },
            "\(watch.log)")
        watch.stop()
    }

    @Test func maintenanceHandsMastershipOverAndABackupInMaintenanceNeverTakesOver() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let (lb1, lb2) = try await VigilFailoverTests.converged(lab)
        let lb1Socket = "\(lab.directory)/lb1.sock"
        let lb2Socket = "\(lab.directory)/lb2.sock"
        let watch = try lab.shell.start(
            [IntegrationGate.vigilBinary, "status", "--watch", "--socket", lb1Socket],
            logPath: "\(lab.directory)/watch.log")
        #expect(await Eventually.holds(within: .seconds(5)) { watch.log.contains("instance VI_1 MASTER") })

        // lb1 (MASTER, 101) hands over: priority 0, so lb2 takes over within its Skew_Time.
        let handover = Self.ctl(lab.shell, lb1Socket, "maintenance", "VI_1")
        #expect(handover.status == 0, "\(handover)")
        let takeover = await Eventually.elapsed(within: .seconds(5)) { lab.onlyHolder(is: "lb2", of: VigilFailoverTests.vip) }
        #expect(takeover.map { $0 < .milliseconds(1_800) } == true, "takeover took \(String(describing: takeover))")
        #expect(lb1.log.contains("(VI_1) sent 0 priority"))
        #expect(lb1.log.contains("Control: 'maintenance VI_1' requested by uid 0 pid "))
        #expect(await Eventually.holds(within: .seconds(3)) { watch.log.contains("instance VI_1 MASTER -> BACKUP") })
        // lb1 has the higher priority and preempt, yet stays BACKUP past its Master_Down_Interval.
        #expect(await lab.neverHolds("lb1", VigilFailoverTests.vip, during: .seconds(4)))
        let shown = (try? lab.shell.runStatus([IntegrationGate.vigilBinary, "status", "--socket", lb1Socket]))?.1 ?? ""
        #expect(shown.contains("BACKUP (maintenance)"), "\(shown)")
        #expect(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(VigilFailoverTests.vip) == "lb2" })

        // Resumed, it preempts again.
        #expect(Self.ctl(lab.shell, lb1Socket, "resume", "VI_1").status == 0)
        #expect(await Eventually.holds(within: .seconds(8)) { lab.onlyHolder(is: "lb1", of: VigilFailoverTests.vip) })
        #expect(await Eventually.holds(within: .seconds(3)) { watch.log.contains("instance VI_1 BACKUP -> MASTER") })

        // A backup in maintenance never takes over, even when the master dies.
        #expect(Self.ctl(lab.shell, lb2Socket, "maintenance", "VI_1").status == 0)
        #expect(await Eventually.holds(within: .seconds(3)) { lb2.log.contains("(VI_1) entering maintenance in BACKUP") })
        _ = await lb1.crash()
        _ = lab.attempt("lb1", ["ip", "addr", "del", "\(VigilFailoverTests.vip)/24", "dev", "eth0"])
        #expect(await lab.neverHolds("lb2", VigilFailoverTests.vip, during: .seconds(5)))
        #expect(Self.ctl(lab.shell, lb2Socket, "resume", "VI_1").status == 0)
        #expect(await Eventually.holds(within: .seconds(6)) { lab.holds("lb2", VigilFailoverTests.vip) })
        let unknown = Self.ctl(lab.shell, lb2Socket, "maintenance", "VI_9")
        #expect(unknown.status == 1 && unknown.output.contains("no vrrp_instance VI_9"), "\(unknown)")
    }

    @Test func aSecondDaemonRefusesALiveSocketAndOnlyAStaleOneIsReplaced() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let socket = "\(lab.directory)/shared.sock"
        func start(_ host: String, run: Int) throws -> LabProcess {
            let config = try lab.write("\(host)-\(run).conf", VigilFailoverTests.config(host, priority: 100))
            let base = "\(lab.directory)/\(host)-\(run)"
            return try lab.start(
                host,
                [IntegrationGate.vigilBinary, "-f", config, "-n", "-l", "-p", "\(base).pid", "-r", "\(base)-vrrp.pid",
                 "--status-socket", socket],
                logName: "vigil-\(host)-\(run)")
        }
        let first = try start("lb1", run: 0)
        #expect(await Eventually.holds(within: .seconds(10)) { (try? StatusClient(socketPath: socket).getBlocking("/status")) != nil })
        let second = try start("lb2", run: 1)
        #expect(await second.waitForExit(within: .seconds(10)))
        #expect(second.reap() == .exited(1))
        #expect(second.log.contains("\(socket) is in use by another process (is another vigil running?); not starting"))
        #expect(!second.log.contains("Entering BACKUP STATE"))
        let document = try await StatusClient(socketPath: socket).status()
        #expect(document.routerID == "lb1", "the first daemon still answers")

        // A daemon that died leaves a stale socket file: the next one replaces it.
        _ = await first.crash()
        #expect(FileManager.default.fileExists(atPath: socket))
        let third = try start("lb2", run: 2)
        #expect(
            await Eventually.holds(within: .seconds(10)) {
                (try? StatusClient(socketPath: socket).getBlocking("/status")).flatMap {
                    try? StatusClient.decode($0).routerID
                } == "lb2"
            }, "\(third.log)")
        #expect(third.isRunning)
    }
}
