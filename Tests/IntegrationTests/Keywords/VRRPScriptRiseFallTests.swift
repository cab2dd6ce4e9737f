import Foundation
import Glibc
import Testing
import VigilLab

/// A vrrp_script's `rise` and `fall` through the daemon: with `fall 3` at `interval 1` the weight is
/// applied only after three failures in a row (two intervals after the first at the least), and with
/// `rise 2` taken back only after two successes.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct VRRPScriptRiseFallTests {
    @Test func theWeightWaitsForFallFailuresAndRiseSuccesses() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let flag = "\(lab.directory)/lb1-fails"
        let script = [
            "vrrp_script chk {", "    script \"/usr/bin/test ! -e \(flag)\"", "    interval 1", "    weight -20",
            "    fall 3", "    rise 2", "}",
        ]
        var instance = InstanceConfig(state: "MASTER", priority: 101, password: "secret12")
        instance.trackScripts = ["chk"]
        let lb1 = try lab.startVigil(on: "lb1", config: InstanceConfig.file(routerID: "lb1", preamble: script, [instance]))
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", VigilFailoverTests.vip) }, "\(lb1.log)")

        let failing = ContinuousClock.now
        #expect(FileManager.default.createFile(atPath: flag, contents: nil))
        #expect(await Eventually.holds(within: .seconds(8)) { lb1.log.contains("(VI_1) Changing effective priority from 101 to 81") })
        let fell = ContinuousClock.now - failing
        #expect(fell >= .milliseconds(1_900), "the weight came after \(fell), before three failures at interval 1")

        let passing = ContinuousClock.now
        try FileManager.default.removeItem(atPath: flag)
        #expect(await Eventually.holds(within: .seconds(8)) { lb1.log.contains("(VI_1) Changing effective priority from 81 to 101") }, "\(lb1.log)")
        let rose = ContinuousClock.now - passing
        #expect(rose >= .milliseconds(900), "the weight went after \(rose), before two successes at interval 1")
    }
}
