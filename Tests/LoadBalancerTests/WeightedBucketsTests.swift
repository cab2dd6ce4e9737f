@testable import LoadBalancer
import Testing

@Suite struct WeightedBucketsTests {
    @Test(arguments: [
        ([1, 1], 256, [0...0, 1...1]),
        ([3, 1], 256, [0...2, 3...3]),
        ([100, 50, 50], 256, [0...1, 2...2, 3...3]),
        ([5, 0, 5], 256, [0...0, 1...1]),
        ([1000, 1], 100, [0...98, 99...99]),
        ([7], 256, [0...0]),
    ])
    func bucketsAreProportionalToReducedWeights(weights: [Int], maximum: Int, ranges: [ClosedRange<Int>]) {
        let buckets = WeightedBuckets(weights.enumerated().map { ($0.offset, $0.element) }, maximum: maximum)
        #expect(buckets.buckets.map(\.range) == ranges)
        #expect(buckets.total == (ranges.last?.upperBound ?? -1) + 1)
    }

    @Test func zeroWeightsGetNoBucket() {
        let buckets = WeightedBuckets([("a", 0), ("b", 2)], maximum: 256)
        #expect(buckets.buckets.map(\.target) == ["b"])
    }
}
