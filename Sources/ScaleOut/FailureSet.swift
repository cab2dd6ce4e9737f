/// The nodes that are down at once, as indices into the plan's node list (ascending).
public struct FailureSet: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Indices of the failed nodes, ascending, without repeats.
    public let nodes: [Int]

    /// The failure of `nodes` (any order; repeats are dropped).
    public init(_ nodes: some Sequence<Int>) {
        self.nodes = Array(Set(nodes)).sorted()
    }

    /// No node down: normal operation.
    public static let none = FailureSet([])

    /// True when `node` is down in this set.
    public func contains(_ node: Int) -> Bool { nodes.contains(node) }

    /// Every failure set of `nodeCount` nodes with at most `maximum` members: by size, then
    /// lexicographically (the empty set first).
    public static func all(nodeCount: Int, upTo maximum: Int) -> [FailureSet] {
        var sets: [FailureSet] = []
        for size in 0...max(0, min(maximum, nodeCount)) {
            sets += combinations(of: nodeCount, size: size).map(FailureSet.init)
        }
        return sets
    }

    /// The `size`-element subsets of `0..<count`, lexicographically.
    static func combinations(of count: Int, size: Int) -> [[Int]] {
        guard size > 0 else { return [[]] }
        guard size <= count else { return [] }
        var result: [[Int]] = []
        var current = Array(0..<size)
        while true {
            result.append(current)
            // The rightmost position that can still move right.
            var position = size - 1
            while position >= 0, current[position] == count - size + position { position -= 1 }
            if position < 0 { return result }
            current[position] += 1
            for next in (position + 1)..<size { current[next] = current[next - 1] + 1 }
        }
    }

    public static func < (lhs: FailureSet, rhs: FailureSet) -> Bool {
        lhs.nodes.count != rhs.nodes.count
            ? lhs.nodes.count < rhs.nodes.count : lhs.nodes.lexicographicallyPrecedes(rhs.nodes)
    }

    public var description: String { nodes.isEmpty ? "none" : nodes.map(String.init).joined(separator: ",") }
}
