import NetworkPrimitives
import Testing

@testable import Probes

/// The reactor loop's sleep heap: due sleeps in order, cancelled ones never set the next wake-up.
@Suite struct StreamProbeSleepHeapTests {
    private func sleep(at milliseconds: Int64) -> StreamProbeSleep {
        StreamProbeSleep(deadline: MonotonicInstant(nanoseconds: milliseconds * 1_000_000))
    }

    @Test("due sleeps come out earliest first, ties in the order they came")
    func dueInOrder() {
        var heap = StreamProbeSleepHeap()
        let sleeps = [sleep(at: 30), sleep(at: 10), sleep(at: 20), sleep(at: 10), sleep(at: 40)]
        sleeps.forEach { heap.push($0) }
        let due = heap.due(at: MonotonicInstant(nanoseconds: 30_000_000))
        #expect(due.map { $0.deadline.nanoseconds / 1_000_000 } == [10, 10, 20, 30])
        #expect(due[0] === sleeps[1] && due[1] === sleeps[3])
        #expect(heap.count == 1)
    }

    @Test("cancelled sleeps on top are dropped before the next wake-up is chosen")
    func cancelledDoNotWake() {
        var heap = StreamProbeSleepHeap()
        let early = sleep(at: 10)
        let late = sleep(at: 50)
        heap.push(early)
        heap.push(late)
        #expect(heap.nextDeadline() == early.deadline)
        early.cancel()
        #expect(heap.nextDeadline() == late.deadline)
        #expect(heap.count == 1)
        late.cancel()
        #expect(heap.nextDeadline() == nil)
    }
}
