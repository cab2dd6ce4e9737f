import Testing
import TestSupport
import VRRP

@Suite struct RandomizedSimulationTests {
    /// 1,000 seeds in ten batches so the batches run in parallel.
    @Test("1,000 seeded random runs keep one master after convergence", arguments: 0..<10)
    func randomRunsKeepTheInvariants(batch: Int) {
        for seed in UInt64(batch * 100)..<UInt64(batch * 100 + 100) {
            var run = RandomizedRun(seed: seed)
            run.play()
            let violations = run.violations()
            #expect(violations.isEmpty, "seed \(seed): \(violations)")
        }
    }

    @Test func theCheckerReportsThePermanentSplitBrainOfMixedVersions() {
        var run = RandomizedRun(seed: 7, mixedVersions: true)
        run.play()
        #expect(run.violations().contains { $0.rule == "two masters" })
    }

    @Test func aSeedReplaysExactly() {
        var first = RandomizedRun(seed: 42)
        var second = RandomizedRun(seed: 42)
        first.play()
        second.play()
        #expect(first.lan.timeline == second.lan.timeline)
        #expect(first.lan.packetsSent == second.lan.packetsSent)
        #expect(first.lan.packetsSent > 0)
    }
}
