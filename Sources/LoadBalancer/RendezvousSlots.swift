/// Gives each of `count` slots (`0..<count`) to one target by highest random weight: every target
/// has one virtual node per unit of its weight (reduced as `WeightedBuckets` reduces weights), and a
/// slot goes to the virtual node whose hash with the slot is highest. A selector hashing connections
/// into the slots then sends each target a share close to its weight, and a change of the targets
/// moves only the slots it must: a target that leaves gives up its own slots and no others, a
/// target that arrives takes slots only for itself. Slots in a row with one target form one range.
struct RendezvousSlots<Target: Hashable & Sendable>: Sendable {
    let buckets: [WeightedBuckets<Target>.Bucket]
    let total: Int

    /// `name` identifies a target across renderings (its address), so its slots stay put.
    init(_ weighted: [(target: Target, name: String, weight: Int)], count: Int) {
        let reduced = WeightedBuckets(weighted.map { (target: $0.target, weight: $0.weight) }, maximum: count)
        let nodes: [(target: Target, seed: UInt64)] = reduced.buckets.flatMap { bucket in
            let name = weighted.first { $0.target == bucket.target }?.name ?? ""
            return (0..<bucket.range.count).map { node in (bucket.target, Self.hash("\(name)#\(node)", seed: 0)) }
        }
        var buckets: [WeightedBuckets<Target>.Bucket] = []
        for slot in 0..<(nodes.isEmpty ? 0 : count) {
            var best = nodes[0]
            var bestScore = UInt64(0)
            for node in nodes {
                let score = Self.mix(node.seed ^ (UInt64(slot) &* 0x9e37_79b9_7f4a_7c15))
                if score >= bestScore {
                    best = node
                    bestScore = score
                }
            }
            if let last = buckets.last, last.target == best.target {
                buckets[buckets.count - 1].range = last.range.lowerBound...slot
            } else {
                buckets.append(.init(range: slot...slot, target: best.target))
            }
        }
        self.buckets = buckets
        total = buckets.isEmpty ? 0 : count
    }

    /// 64-bit FNV-1a.
    static func hash(_ text: String, seed: UInt64) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// splitmix64's finaliser: spreads the bits of a slot and node combination.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
