import Foundation
import Glibc
import Testing
import VigilLab

/// `startup_script` and `shutdown_script` with their timeouts and users (Docs/Keepalived.md §6.3):
/// the startup script runs, as its own user, before any address or virtual server exists and is
/// killed at its timeout, after which the daemon starts; the shutdown script runs once the VIP and
/// the nftables table are gone, and a stop waits for it no longer than its timeout.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct StartStopScriptTests {
    static let vip = "10.99.0.100"

    /// Records who runs it and what the namespace holds, then outlives its timeout.
    static func script(recording path: String) -> String {
        """
        #!/bin/sh
        { id -u; ip -o addr show dev eth0; nft list tables; echo end; } > \(path).tmp 2>&1
        mv \(path).tmp \(path)
        exec sleep 30

        """
    }

    static func config(directory: String, startup: String, shutdown: String) -> String {
        var instance = InstanceConfig(state: "MASTER", priority: 101, password: "secret12")
        instance.extraLines = []
        let globals = [
            "script_user root", "startup_script \(startup) nobody", "startup_script_timeout 2",
            "shutdown_script \(shutdown)", "shutdown_script_timeout 1",
        ]
        let checked = [
            "virtual_server \(vip) 80 {", "    delay_loop 1", "    lb_algo rr", "    lb_kind NAT", "    protocol TCP",
            "    real_server \(NamespaceLab.ipv4(11)) 80 {", "        TCP_CHECK {", "            connect_timeout 1",
            "        }", "    }", "}",
        ]
        return InstanceConfig.file(routerID: "lb1", globals: globals, preamble: checked, [instance])
    }

    static func record(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    @Test func theStartupScriptRunsFirstAndTheShutdownScriptLast() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        // The startup script runs as nobody: its record goes to a directory anyone may write.
        let shared = "\(lab.directory)/shared"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o1777], ofItemAtPath: shared)
        let (started, stopped) = ("\(shared)/startup", "\(lab.directory)/shutdown")
        let startup = try lab.write("startup.sh", Self.script(recording: started))
        let shutdown = try lab.write("shutdown.sh", Self.script(recording: stopped))
        for path in [startup, shutdown] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        let begun = ContinuousClock.now
        let lb1 = try lab.startVigil(
            on: "lb1", config: Self.config(directory: lab.directory, startup: startup, shutdown: shutdown))
        // The script sleeps 30 s; its 2 s timeout kills it and the daemon starts.
        try #require(await Eventually.holds(within: .seconds(12)) { lab.holds("lb1", Self.vip) }, "\(lb1.log)")
        #expect(ContinuousClock.now - begun >= .seconds(2), "the daemon did not wait for the startup script")
        let atStart = try #require(Self.record(started), "the startup script never ran: \(lb1.log)")
        #expect(atStart.hasPrefix("65534\n"), "the startup script did not run as nobody: \(atStart)")
        #expect(!atStart.contains(Self.vip), "the VIP existed before the startup script ended: \(atStart)")
        #expect(!atStart.contains("table inet vigil"), "the table existed before the startup script: \(atStart)")
        #expect(atStart.hasSuffix("end\n"))
        try #require(
            await Eventually.holds(within: .seconds(10)) {
                (try? lab.inside("lb1", "nft", "list", "tables"))?.contains("table inet vigil") == true
            }, "\(lb1.log)")
        #expect(Self.record(stopped) == nil, "the shutdown script ran at start")

        let stopping = ContinuousClock.now
        lb1.signal(SIGTERM)
        // The script sleeps 30 s; its 1 s timeout (and the runner's 2 s grace) bound the stop.
        #expect(await lb1.waitForExit(within: .seconds(12)), "the stop waited for the shutdown script's sleep")
        #expect(ContinuousClock.now - stopping >= .seconds(1), "the daemon did not wait for the shutdown script")
        let atStop = try #require(Self.record(stopped), "the shutdown script never ran: \(lb1.log)")
        #expect(atStop.hasPrefix("0\n"), "the shutdown script did not run as script_user root: \(atStop)")
        #expect(!atStop.contains(Self.vip), "the VIP was still there when the shutdown script ran: \(atStop)")
        #expect(!atStop.contains("table inet vigil"), "the table was still there at the shutdown script: \(atStop)")
        #expect(lb1.log.contains("Running shutdown script"), "\(lb1.log)")
    }
}
