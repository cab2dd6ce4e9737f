import NetworkPrimitives
import Testing
import TestSupport
@testable import VRRP

@Suite struct VRRPDeadlineQueueTests {
    @Test("random updates agree with a plain dictionary", arguments: [1, 2, 3] as [UInt64])
    func agreesWithAModel(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var queue = VRRPDeadlineQueue(count: 50)
        var model: [Int: MonotonicInstant] = [:]
        for _ in 0..<5_000 {
            let index = Int.random(in: 0..<50, using: &random)
            let deadline: MonotonicInstant? =
                Int.random(in: 0..<4, using: &random) == 0
                ? nil : .zero + .milliseconds(Int64.random(in: 0..<1_000, using: &random))
            queue.update(index, to: deadline)
            model[index] = deadline
            #expect(queue.earliest == model.values.min())
            let now = MonotonicInstant.zero + .milliseconds(Int64.random(in: 0..<1_000, using: &random))
            let due = queue.due(at: now)
            #expect(Set(due) == Set(model.filter { $0.value <= now }.keys))
            #expect(due.map { model[$0]! } == due.map { model[$0]! }.sorted())
        }
    }
}
