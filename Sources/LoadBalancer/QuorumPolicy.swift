/// keepalived's quorum rule with hysteresis over the summed weight of alive real servers
/// (Docs/Keepalived.md §4.3).
public struct QuorumPolicy: Hashable, Sendable {
    public let quorum: Int
    public let hysteresis: Int

    /// Clamps as keepalived does at load: quorum to the total configured weight, hysteresis below quorum.
    public init(quorum: Int = 1, hysteresis: Int = 0, totalWeight: Int) {
        let quorum = max(0, min(quorum, totalWeight))
        self.quorum = quorum
        self.hysteresis = max(0, min(hysteresis, quorum - 1))
    }

    /// The weight sum needed to gain quorum.
    public var gainThreshold: Int { quorum + hysteresis }
    /// Below this weight sum quorum is lost (as it is at a sum of 0).
    public var lossThreshold: Int { quorum - hysteresis }

    /// Quorum state at start-up.
    public func initiallyUp(weightSum: Int) -> Bool { weightSum >= gainThreshold }

    /// The state after the weight sum became `weightSum`.
    public func nextState(isUp: Bool, weightSum: Int) -> Bool {
        if isUp {
            return !(weightSum == 0 || weightSum < lossThreshold)
        }
        return weightSum >= gainThreshold
    }
}
