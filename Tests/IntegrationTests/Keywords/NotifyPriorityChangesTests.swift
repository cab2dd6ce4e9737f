import Foundation
import Testing
import VigilLab

/// `notify_priority_changes` through the daemon: a change of the effective priority (here from a
/// track_file) writes keepalived's `MASTER_PRIORITY` line to the VRRP notify FIFO.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct NotifyPriorityChangesTests {
    static let vip = "10.99.0.100"

    @Test func aTrackedFileChangingThePriorityWritesTheFIFOLine() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let script = try lab.write("fifo-reader.sh", NotifyFIFOTests.reader)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let fifo = "\(lab.directory)/lb1.fifo"
        let flag = "\(lab.directory)/lb1-flag"
        var instance = InstanceConfig(state: "MASTER", priority: 101, password: "secret12")
        instance.extraLines = ["track_file {", "    flag weight 2", "}", "notify_priority_changes"]
        let config = InstanceConfig.file(
            routerID: "lb1",
            globals: ["script_user root", "vrrp_notify_fifo \(fifo)", "vrrp_notify_fifo_script \(script)"],
            preamble: ["track_file flag {", "    file \(flag)", "    init_file 0 overwrite", "}"], [instance])
        let lb1 = try lab.startVigil(on: "lb1", config: config)
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) })
        #expect(await NotifyFIFOTests.shows("INSTANCE \"VI_1\" MASTER 101", in: fifo), "\(NotifyFIFOTests.lines(fifo))")

        try "-5\n".write(toFile: flag, atomically: true, encoding: .utf8)
        #expect(await NotifyFIFOTests.shows("INSTANCE \"VI_1\" MASTER_PRIORITY 91", in: fifo), "\(lb1.log)")
    }
}
