import NetworkPrimitives
import Testing

@Suite struct MinHeapTests {
    @Test("the ordered prefix is every element within the bound, least first, in reused buffers", arguments: [4, 5] as [UInt64])
    func orderedPrefixAgreesWithASortedFilter(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var heap = MinHeap<Int>()
        var model: [Int] = []
        var due: [Int] = [-1]
        var frontier: [Int] = [7, 7]
        for _ in 0..<500 {
            let value = Int.random(in: 0..<1_000, using: &random)
            heap.push(value)
            model.append(value)
            let bound = Int.random(in: 0..<1_000, using: &random)
            due.removeAll(keepingCapacity: true)
            heap.orderedPrefix(while: { $0 <= bound }, into: &due, frontier: &frontier)
            #expect(due == model.filter { $0 <= bound }.sorted())
            #expect(heap.count == model.count)
        }
        var kept: [Int] = [-1]
        heap.orderedPrefix(while: { $0 < 10 }, into: &kept, frontier: &frontier)
        #expect(kept.first == -1, "appends after what the buffer held")
    }

    @Test func popFirstGivesTheElementsInOrder() {
        var heap = MinHeap<Int>()
        for value in [5, 3, 9, 1, 7] { heap.push(value) }
        var popped: [Int] = []
        while let value = heap.popFirst() { popped.append(value) }
        #expect(popped == [1, 3, 5, 7, 9])
    }
}
