import Foundation
import Glibc
import Testing
import VigilLab

/// A vrrp_sync_group's own `track_script` and `track_interface` through the daemon: a tracked script
/// that fails, or a tracked interface (not the instance's own) that goes down, puts the group's
/// instance in FAULT; it comes back when the script passes and the link is up again.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct SyncGroupTrackingTests {
    @Test func theGroupsTrackedScriptAndInterfaceFaultItsInstance() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        // A second link in lb1 for the group to track: a veth pair whose peer stays up.
        _ = try lab.inside("lb1", "ip", "link", "add", "trk0", "type", "veth", "peer", "name", "trk1")
        _ = try lab.inside("lb1", "ip", "link", "set", "trk1", "up")
        _ = try lab.inside("lb1", "ip", "link", "set", "trk0", "up")
        let flag = "\(lab.directory)/lb1-fails"
        let preamble = [
            "vrrp_script chk {", "    script \"/usr/bin/test ! -e \(flag)\"", "    interval 1", "}",
            "vrrp_sync_group VG1 {", "    group {", "        VI_1", "    }", "    track_script {", "        chk", "    }",
            "    track_interface {", "        trk0", "    }", "}",
        ]
        let instance = InstanceConfig(state: "MASTER", priority: 101, password: "secret12")
        let lb1 = try lab.startVigil(on: "lb1", config: InstanceConfig.file(routerID: "lb1", preamble: preamble, [instance]))
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", VigilFailoverTests.vip) }, "\(lb1.log)")

        #expect(FileManager.default.createFile(atPath: flag, contents: nil))
        #expect(await Eventually.holds(within: .seconds(5)) { lb1.log.contains("(VI_1) Entering FAULT STATE") }, "\(lb1.log)")
        #expect(await Eventually.holds(within: .seconds(3)) { !lab.holds("lb1", VigilFailoverTests.vip) })
        try FileManager.default.removeItem(atPath: flag)
        #expect(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", VigilFailoverTests.vip) }, "\(lb1.log)")

        let faults = lb1.log.components(separatedBy: "(VI_1) Entering FAULT STATE").count
        _ = try lab.inside("lb1", "ip", "link", "set", "trk0", "down")
        #expect(
            await Eventually.holds(within: .seconds(5)) {
                lb1.log.components(separatedBy: "(VI_1) Entering FAULT STATE").count > faults
            }, "\(lb1.log)")
        #expect(await Eventually.holds(within: .seconds(3)) { !lab.holds("lb1", VigilFailoverTests.vip) })
        _ = try lab.inside("lb1", "ip", "link", "set", "trk0", "up")
        #expect(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", VigilFailoverTests.vip) }, "\(lb1.log)")
    }
}
