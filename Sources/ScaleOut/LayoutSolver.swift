import NetworkPrimitives

/// Finds a `PriorityLayout` that stays even under every tolerated failure: with no node down, and
/// with any set of up to `tolerate` nodes down, every surviving node holds either the floor or the
/// ceiling of VIPs ÷ survivors. Pure and deterministic (its random restarts are seeded).
///
/// Only the first `tolerate + 1` places of a ranking decide where a VIP sits while at most
/// `tolerate` nodes are down, so the search is over those prefixes ("heads"). Every head used once
/// is exactly even under every tolerated failure (by symmetry each survivor is the first survivor
/// of as many heads as any other), so whole rounds of all heads are laid down first and only the
/// remainder is searched: greedily (each VIP takes the head that adds least to the survivors
/// already loaded, summed over the failure sets), then by local search on the sum of squared
/// counts (weighted towards smaller failure sets), whose minimum is reached exactly when every
/// failure set is even.
public struct LayoutSolver: Sendable {
    public let nodeCount: Int
    public let tolerate: Int
    /// Every ordered choice of `tolerate + 1` distinct nodes (capped at `nodeCount`).
    let heads: [[Int]]
    /// Every failure set of at most `tolerate` nodes.
    let failureSets: [FailureSet]
    /// The indices of the heads that start with each node.
    let headsByMaster: [[Int]]
    /// Each failure set's weight in the search's cost: 4 per node fewer than the tolerated count,
    /// so that where not every set can be even, the smaller ones (likelier) are even first.
    let weights: [Int]
    /// `holders[head * failureSets.count + set]`: the first node of the head not down in the set.
    let holders: [Int]

    /// How many head-and-failure-set evaluations the search's random kicks may spend.
    public let workBudget: Int

    /// A solver for `nodeCount` nodes (at least 1) tolerating `tolerate` failures (below
    /// `nodeCount`); the default budget is well under a second of a release build.
    public init(nodeCount: Int, tolerate: Int, workBudget: Int = 8_000_000) {
        self.nodeCount = nodeCount
        self.tolerate = tolerate
        self.workBudget = workBudget
        let heads = Self.arrangements(of: nodeCount, length: min(tolerate + 1, nodeCount))
        self.heads = heads
        failureSets = FailureSet.all(nodeCount: nodeCount, upTo: tolerate)
        weights = failureSets.map { set in (0..<(tolerate - set.nodes.count)).reduce(1) { product, _ in product * 4 } }
        headsByMaster = (0..<nodeCount).map { node in heads.indices.filter { heads[$0][0] == node } }
        var holders: [Int] = []
        holders.reserveCapacity(heads.count * failureSets.count)
        for head in heads {
            for set in failureSets { holders.append(head.first { !set.contains($0) } ?? head[0]) }
        }
        self.holders = holders
    }

    /// The layout for `vipCount` VIPs: masters interleaved (VIP 1 on the first node, VIP 2 on the
    /// second...), each ranking completed beyond its head in rotation after its master.
    public func solve(vipCount: Int) -> PriorityLayout {
        let rounds = vipCount / heads.count
        var chosen = (0..<rounds).flatMap { _ in Array(heads.indices) }
        chosen += searchRemainder(vipCount % heads.count)
        let rankings = chosen.map(completeRanking)
        return PriorityLayout(nodeCount: nodeCount, rankings: Self.interleavingMasters(rankings, nodeCount: nodeCount))
    }

    /// The fewest VIPs, at most `limit`, that a layout spreads exactly evenly (every survivor the same
    /// count) with no node down and under every tolerated failure; nil when none up to `limit` does.
    public func smallestExactlyEvenVIPCount(limit: Int) -> Int? {
        let step = (0...tolerate).reduce(1) { Self.leastCommonMultiple($0, nodeCount - $1) }
        var count = step
        while count <= limit {
            if Self.isExactlyEven(solve(vipCount: count), failureSets: failureSets) { return count }
            count += step
        }
        return nil
    }

    /// Every node survives each failure set with the same count.
    static func isExactlyEven(_ layout: PriorityLayout, failureSets: [FailureSet]) -> Bool {
        failureSets.allSatisfy { set in
            let counts = layout.counts(failed: set)
            return Set(counts.indices.filter { !set.contains($0) }.map { counts[$0] }).count <= 1
        }
    }

    /// A head followed by the other nodes in rotation after the head's first node.
    func completeRanking(_ head: Int) -> [Int] {
        let prefix = heads[head]
        let master = prefix[0]
        let rest = (1..<max(1, nodeCount)).map { (master + $0) % nodeCount }.filter { !prefix.contains($0) }
        return prefix + rest
    }

    /// Every ordered selection of `length` distinct values of `0..<count`, lexicographically.
    static func arrangements(of count: Int, length: Int) -> [[Int]] {
        guard length > 0 else { return [[]] }
        var result: [[Int]] = []
        func extend(_ prefix: [Int]) {
            if prefix.count == length {
                result.append(prefix)
                return
            }
            for next in 0..<count where !prefix.contains(next) { extend(prefix + [next]) }
        }
        extend([])
        return result
    }

    /// Rankings reordered so that masters take turns: every node's first VIP, then every node's
    /// second, and so on (each node's VIPs keep their relative order).
    static func interleavingMasters(_ rankings: [[Int]], nodeCount: Int) -> [[Int]] {
        var byMaster = [[[Int]]](repeating: [], count: nodeCount)
        for ranking in rankings { byMaster[ranking[0]].append(ranking) }
        var result: [[Int]] = []
        var round = 0
        while result.count < rankings.count {
            for node in 0..<nodeCount where round < byMaster[node].count { result.append(byMaster[node][round]) }
            round += 1
        }
        return result
    }

    static func leastCommonMultiple(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return a / x * b
    }
}
