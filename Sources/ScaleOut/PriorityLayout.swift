/// Which node holds each VIP first, second, and so on: for every VIP a ranking of all the nodes,
/// most preferred first. VRRP gives a VIP to the live node with the highest priority, so under a
/// failure set a VIP sits on the first node of its ranking that is not down.
public struct PriorityLayout: Hashable, Sendable {
    /// How many nodes the rankings rank.
    public let nodeCount: Int
    /// One ranking per VIP: a permutation of `0..<nodeCount`, the master first.
    public let rankings: [[Int]]

    /// A layout from full rankings (each a permutation of `0..<nodeCount`).
    public init(nodeCount: Int, rankings: [[Int]]) {
        self.nodeCount = nodeCount
        self.rankings = rankings
    }

    /// How many VIPs the layout places.
    public var vipCount: Int { rankings.count }

    /// The node holding `vip` while the nodes of `failed` are down; nil when every node is down.
    public func holder(of vip: Int, failed: FailureSet) -> Int? {
        rankings[vip].first { !failed.contains($0) }
    }

    /// How many VIPs each node holds while the nodes of `failed` are down (0 for the failed ones).
    public func counts(failed: FailureSet) -> [Int] {
        var counts = [Int](repeating: 0, count: nodeCount)
        for vip in rankings.indices {
            if let node = holder(of: vip, failed: failed) { counts[node] += 1 }
        }
        return counts
    }

    /// The VIPs `node` is master of (first in their ranking).
    public func mastered(by node: Int) -> [Int] {
        rankings.indices.filter { rankings[$0].first == node }
    }

    /// A node's place in a VIP's ranking: 0 for the master.
    public func rank(of node: Int, for vip: Int) -> Int {
        rankings[vip].firstIndex(of: node) ?? nodeCount
    }
}
