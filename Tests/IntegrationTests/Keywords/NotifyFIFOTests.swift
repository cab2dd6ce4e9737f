import Foundation
import Glibc
import Testing
import VigilLab

/// `notify_fifo`, `vrrp_notify_fifo` and `lvs_notify_fifo` with their `*_fifo_script`s: `vigil` creates
/// the FIFOs, starts each reader script with the FIFO's path as its argument, and writes keepalived's
/// lines for a failover and a real server going down and up (Docs/Keepalived.md §6.3).
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct NotifyFIFOTests {
    static let vip = "10.99.0.100"
    static let web1 = NamespaceLab.ipv4(11)

    /// Copies every line of the FIFO named by its last argument to `<fifo>.lines`.
    static let reader = """
        #!/bin/sh
        for fifo; do :; done
        while IFS= read -r line; do printf '%s\\n' "$line" >> "$fifo.lines"; done < "$fifo"

        """

    static func config(_ host: String, priority: Int, directory: String, script: String) -> String {
        var instance = InstanceConfig(
            state: priority > 100 ? "MASTER" : "BACKUP", priority: priority, password: "secret12")
        instance.extraLines = []
        var globals = ["script_user root"]
        var checked: [String] = []
        if host == "lb1" {
            globals += [
                "notify_fifo \(directory)/lb1.fifo", "notify_fifo_script \(script)",
                "lvs_notify_fifo \(directory)/lb1-lvs.fifo", "lvs_notify_fifo_script \(script)",
            ]
            checked = [
                "virtual_server \(vip) 80 {", "    delay_loop 1", "    lb_algo rr", "    lb_kind NAT", "    protocol TCP",
                "    real_server \(web1) 80 {", "        TCP_CHECK {", "            connect_timeout 1",
                "            retry 0", "        }", "    }", "}",
            ]
        } else {
            // The owner words and the states written again at a reload.
            globals += [
                "vrrp_notify_fifo \(directory)/\(host).fifo nobody nogroup", "vrrp_notify_fifo_script \(script)",
                "fifo_write_vrrp_states_on_reload",
            ]
        }
        return InstanceConfig.file(routerID: host, globals: globals, preamble: checked, [instance])
    }

    static func lines(_ path: String) -> [String] {
        ((try? String(contentsOfFile: path + ".lines", encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    static func shows(_ line: String, in path: String) async -> Bool {
        await Eventually.holds(within: .seconds(10), every: .milliseconds(100)) { lines(path).contains(line) }
    }

    static func isFIFO(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO
    }

    @Test func aFailoverAndARealServerGoingDownAndUpWriteKeepalivedsLines() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let script = try lab.write("fifo-reader.sh", Self.reader)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let (all, lvs, backup) = ("\(lab.directory)/lb1.fifo", "\(lab.directory)/lb1-lvs.fifo", "\(lab.directory)/lb2.fifo")
        var web = try lab.serveName(on: "web1")
        let lb1 = try lab.startVigil(
            on: "lb1", config: Self.config("lb1", priority: 101, directory: lab.directory, script: script))
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) })
        let lb2 = try lab.startVigil(
            on: "lb2", config: Self.config("lb2", priority: 100, directory: lab.directory, script: script))
        #expect(Self.isFIFO(all) && Self.isFIFO(lvs))
        #expect(await Self.shows("INSTANCE \"VI_1\" MASTER 101", in: all), "\(Self.lines(all))")
        #expect(await Self.shows("INSTANCE \"VI_1\" BACKUP 100", in: backup), "\(Self.lines(backup))")
        #expect(Self.isFIFO(backup))
        var info = stat()
        #expect(lstat(backup, &info) == 0 && info.st_uid == 65534 && info.st_gid == 65534, "owner \(info.st_uid)")
        // A reload that leaves lb2 BACKUP writes its state again (fifo_write_vrrp_states_on_reload).
        lb2.signal(SIGHUP)
        #expect(
            await Eventually.holds(within: .seconds(10), every: .milliseconds(100)) {
                Self.lines(backup).filter { $0 == "INSTANCE \"VI_1\" BACKUP 100" }.count == 2
            }, "\(Self.lines(backup))")
        #expect(Self.lines(lvs).allSatisfy { !$0.hasPrefix("INSTANCE") }, "VRRP lines reached lvs_notify_fifo")

        let server = "[\(Self.web1)]:tcp:80 [\(Self.vip)]:tcp:80"
        await web.crash()
        for path in [all, lvs] {
            #expect(await Self.shows("RS \(server) DOWN", in: path), "\(Self.lines(path))")
            #expect(await Self.shows("VS [\(Self.vip)]:tcp:80 DOWN", in: path), "\(Self.lines(path))")
        }
        web = try lab.serveName(on: "web1")
        for path in [all, lvs] {
            #expect(await Self.shows("RS \(server) UP", in: path), "\(Self.lines(path))")
            #expect(await Self.shows("VS [\(Self.vip)]:tcp:80 UP", in: path), "\(Self.lines(path))")
        }
        #expect(Self.lines(all).firstIndex(of: "RS \(server) DOWN").map { down in
            Self.lines(all).firstIndex(of: "VS [\(Self.vip)]:tcp:80 DOWN").map { down < $0 } ?? false
        } == true, "keepalived writes the RS line before the VS line")

        await lb1.crash()
        #expect(await Self.shows("INSTANCE \"VI_1\" MASTER 100", in: backup), "\(Self.lines(backup))")
        #expect(Self.lines(backup).allSatisfy { !$0.hasPrefix("RS") && !$0.hasPrefix("VS") })
    }
}
