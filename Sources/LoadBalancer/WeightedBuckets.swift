/// Splits `0..<total` into one contiguous range per target, sized by weight, so a uniform selector
/// (`numgen`, `jhash`) modulo `total` picks each target in proportion to its weight.
struct WeightedBuckets<Target: Hashable & Sendable>: Hashable, Sendable {
    struct Bucket: Hashable, Sendable {
        var range: ClosedRange<Int>
        var target: Target
    }

    let buckets: [Bucket]

    /// The modulus for the selector.
    var total: Int { buckets.last.map { $0.range.upperBound + 1 } ?? 0 }

    /// Weights are reduced by their greatest common divisor, then scaled down proportionally (each
    /// keeping at least one bucket) when they would need more than `maximum` buckets.
    init(_ weighted: [(target: Target, weight: Int)], maximum: Int) {
        let positive = weighted.filter { $0.weight > 0 }
        let divisor = positive.reduce(0) { Self.gcd($0, $1.weight) }
        var sizes = positive.map { $0.weight / max(divisor, 1) }
        let sum = sizes.reduce(0, +)
        if sum > maximum {
            sizes = sizes.map { max(1, $0 * maximum / sum) }
        }
        var start = 0
        var buckets: [Bucket] = []
        for (entry, size) in zip(positive, sizes) {
            buckets.append(Bucket(range: start...(start + size - 1), target: entry.target))
            start += size
        }
        self.buckets = buckets
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        b == 0 ? a : gcd(b, a % b)
    }
}
