import NetworkPrimitives
import Testing

/// The timed queue: due values in order (ties as they came), stale values never set the next
/// instant, and everything comes out on `removeAll`.
@Suite struct TimedQueueTests {
    private func ms(_ milliseconds: Int64) -> MonotonicInstant { MonotonicInstant(nanoseconds: milliseconds * 1_000_000) }

    @Test("due values come out earliest first, ties in the order they came")
    func dueInOrder() {
        var queue = TimedQueue<String>()
        for (name, at) in [("a", 30), ("b", 10), ("c", 20), ("d", 10), ("e", 40)] { queue.insert(name, at: ms(Int64(at))) }
        #expect(queue.popDue(by: ms(30)) == ["b", "d", "c", "a"])
        #expect(queue.count == 1)
        #expect(queue.earliest == ms(40))
        #expect(queue.removeAll() == ["e"])
        #expect(queue.isEmpty && queue.earliest == nil)
    }

    @Test("popFirst gives the earliest value with its instant")
    func popFirst() {
        var queue = TimedQueue<Int>()
        queue.insert(2, at: ms(20))
        queue.insert(1, at: ms(10))
        #expect(queue.popFirst().map { [$0.time.nanoseconds, Int64($0.element)] } == [10_000_000, 1])
        #expect(queue.popFirst()?.element == 2)
        #expect(queue.popFirst() == nil)
    }

    @Test("stale values on top are dropped before the next instant is chosen")
    func staleDoNotWake() {
        var queue = TimedQueue<Int>()
        queue.insert(1, at: ms(10))
        queue.insert(2, at: ms(50))
        var stale: Set<Int> = []
        queue.dropFirst(while: stale.contains)
        #expect(queue.earliest == ms(10))
        stale.insert(1)
        queue.dropFirst(while: stale.contains)
        #expect(queue.earliest == ms(50))
        #expect(queue.count == 1)
        stale.insert(2)
        queue.dropFirst(while: stale.contains)
        #expect(queue.earliest == nil)
    }

    @Test("500 values at random instants come out as a stable sort by instant")
    func agreesWithSorting() {
        var queue = TimedQueue<Int>()
        var model: [(at: Int64, order: Int)] = []
        for order in 0..<500 {
            let at = Int64.random(in: 0..<50)
            queue.insert(order, at: ms(at))
            model.append((at, order))
        }
        let sorted = model.sorted { ($0.at, $0.order) < ($1.at, $1.order) }.map(\.order)
        #expect(queue.removeAll() == sorted)
    }
}
