import Foundation
import Testing
import VigilLab

/// `rs_init_notifies` through the daemon: a real server that starts up runs its `notify_up` and writes
/// its `RS ... UP` line to the LVS notify FIFO at start, with no transition, as keepalived 2.2.7 does
/// when it first puts the server in the pool; without the keyword neither happens.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct RealServerInitialNotifyTests {
    static let web1 = NamespaceLab.ipv4(11)

    static func config(directory: String, reader: String, initial: Bool) -> String {
        let globals = ["script_user root", "lvs_notify_fifo \(directory)/lvs.fifo", "lvs_notify_fifo_script \(reader)"]
            + (initial ? ["rs_init_notifies"] : [])
        let service = [
            "virtual_server 10.99.0.100 80 {", "    delay_loop 1", "    lb_algo rr", "    lb_kind NAT", "    protocol TCP",
            "    real_server \(web1) 80 {", "        notify_up \"/usr/bin/touch \(directory)/notified-up\"",
            "        TCP_CHECK {", "            connect_timeout 1", "        }", "    }", "}",
        ]
        let global = ["global_defs {", "    router_id lb1"] + globals.map { "    \($0)" } + ["}"]
        return (global + service).joined(separator: "\n") + "\n"
    }

    static func lines(_ directory: String) -> String {
        (try? String(contentsOfFile: "\(directory)/lvs.fifo.lines", encoding: .utf8)) ?? ""
    }

    @Test(arguments: [true, false])
    func aRealServerThatStartsUpNotifiesAtStartOnlyWithTheKeyword(initial: Bool) async throws {
        let lab = try NamespaceLab.build(prefix: NamespaceLab.randomPrefix("vgkr"))
        defer { lab.destroy() }
        let reader = try lab.write("fifo-reader.sh", NotifyFIFOTests.reader)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: reader)
        try lab.serveName(on: "web1")
        let lb1 = try lab.startVigil(on: "lb1", config: Self.config(directory: lab.directory, reader: reader, initial: initial))
        let marker = "\(lab.directory)/notified-up"
        let line = "RS [\(Self.web1)]:tcp:80 [10.99.0.100]:tcp:80 UP"
        if initial {
            #expect(await Eventually.holds(within: .seconds(5)) { FileManager.default.fileExists(atPath: marker) }, "\(lb1.log)")
            #expect(await Eventually.holds(within: .seconds(5)) { Self.lines(lab.directory).contains(line) }, "\(Self.lines(lab.directory))")
        } else {
            // The first check (about 1 s after start) succeeds and changes nothing: nothing is notified.
            #expect(await Eventually.holds(within: .seconds(5)) { lb1.log.contains("TCP connection to [\(Self.web1)]:tcp:80 success.") }, "\(lb1.log)")
            #expect(await !Eventually.holds(within: .seconds(1)) { FileManager.default.fileExists(atPath: marker) })
            #expect(!Self.lines(lab.directory).contains(line))
        }
    }
}
