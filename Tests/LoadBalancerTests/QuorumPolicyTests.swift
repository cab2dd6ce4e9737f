import LoadBalancer
import Testing

@Suite struct QuorumPolicyTests {
    @Test(arguments: [
        // quorum, hysteresis, total weight -> clamped quorum, clamped hysteresis
        (1, 0, 4, 1, 0),
        (6, 0, 4, 4, 0),
        (3, 3, 10, 3, 2),
        (3, 9, 2, 2, 1),
        (1, 5, 10, 1, 0),
        (2, 1, 0, 0, 0),
    ])
    func quorumAndHysteresisAreClampedAsKeepalivedDoesAtLoad(
        quorum: Int, hysteresis: Int, total: Int, clampedQuorum: Int, clampedHysteresis: Int
    ) {
        let policy = QuorumPolicy(quorum: quorum, hysteresis: hysteresis, totalWeight: total)
        #expect(policy.quorum == clampedQuorum)
        #expect(policy.hysteresis == clampedHysteresis)
    }

    @Test(arguments: [
        // quorum 3, hysteresis 1: gain at >= 4, lose below 2 (or at 0)
        (true, 4, true), (true, 2, true), (true, 1, false), (true, 0, false),
        (false, 3, false), (false, 4, true), (false, 9, true), (false, 0, false),
    ])
    func hysteresisSeparatesTheGainAndLossThresholds(isUp: Bool, weightSum: Int, next: Bool) {
        let policy = QuorumPolicy(quorum: 3, hysteresis: 1, totalWeight: 10)
        #expect(policy.nextState(isUp: isUp, weightSum: weightSum) == next)
    }

    @Test(arguments: [(3, false), (4, true), (5, true)])
    func atStartQuorumIsUpOnlyAtQuorumPlusHysteresis(weightSum: Int, up: Bool) {
        #expect(QuorumPolicy(quorum: 3, hysteresis: 1, totalWeight: 10).initiallyUp(weightSum: weightSum) == up)
    }

    @Test func aZeroWeightSumLosesQuorumEvenWhenQuorumIsZero() {
        let policy = QuorumPolicy(quorum: 0, hysteresis: 0, totalWeight: 0)
        #expect(policy.nextState(isUp: true, weightSum: 0) == false)
    }
}
