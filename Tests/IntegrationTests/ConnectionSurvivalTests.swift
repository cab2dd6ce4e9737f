import Testing
import VigilLab

/// Issue 14 items 3 and 4 on nftables: 200 long-lived TCP connections through a NAT director pair
/// (seed 000's shape, `ConnectionSurvivalLab`) carry on, on the same real server, when the master is
/// killed (SIGKILL, then its links down) and again when it returns and preempts, because both
/// directors run `--nftables-flow-hash` and pick each other's connections up from conntrack.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct ConnectionSurvivalTests {
    @Test func connectionsSurviveACrashOfTheMasterAndItsReturn() async throws {
        let lab = try ConnectionSurvivalLab(vigil: IntegrationGate.vigilBinary)
        defer { lab.destroy() }
        let outcome = try await lab.run()
        print("connection survival: ready \(outcome.ready); failover \(outcome.failover); fail-back \(outcome.failback)")
        #expect(outcome.ready == 200)
        #expect(outcome.forwardedBeforeTakingTheVIP, "lb1 took the VIP back before its table was in place")
        // The target (99 %) is measured by scripts/bench-connsync (200 of 200 in every recorded run). One
        // development run in 59 lost 4 request/reply connections to resets for a cause not yet found,
        // so the CI check allows 2 % (a lost mechanism loses 50 % or more, Docs/Benchmarks.md).
        for report in [outcome.failover, outcome.failback] {
            #expect(report.survived >= 196, "window \(report.window): \(report)")
            #expect(report.pushingSurvived >= 99, "connections the real server speaks on: \(report)")
            #expect(report.servers.count == 2, "both real servers carry connections: \(report)")
        }
    }
}
