/// Check durations in cumulative buckets, as a Prometheus histogram counts them: `counts[i]` is the
/// number of observations at most `bounds[i]` seconds; `count` and `sum` cover every observation.
public struct DurationHistogram: Hashable, Sendable {
    /// Upper bounds in seconds: 1 ms to 10 s, covering a local TCP connect to a slow HTTP check.
    public static let defaultBounds: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    public private(set) var bounds: [Double]
    public private(set) var counts: [Int]
    public private(set) var count = 0
    public private(set) var sum = 0.0

    public init(bounds: [Double] = DurationHistogram.defaultBounds) {
        self.bounds = bounds
        counts = Array(repeating: 0, count: bounds.count)
    }

    /// Counts one observation of `seconds`.
    public mutating func observe(_ seconds: Double) {
        count += 1
        sum += seconds
        for index in bounds.indices where seconds <= bounds[index] { counts[index] += 1 }
    }

    /// The sum of two histograms with the same bounds (a real server's checkers together).
    public func merged(with other: DurationHistogram) -> DurationHistogram {
        guard other.bounds == bounds else { return self }
        var result = self
        result.count += other.count
        result.sum += other.sum
        for index in counts.indices { result.counts[index] += other.counts[index] }
        return result
    }
}
