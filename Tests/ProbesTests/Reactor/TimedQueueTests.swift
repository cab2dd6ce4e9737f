import NetworkPrimitives
import Testing

@testable import Probes

/// The reactor loop's timed queue, as its clock sleeps use it: due values in order, cancelled sleeps
/// never set the next wake-up.
@Suite struct TimedQueueTests {
    private func sleep(at milliseconds: Int64) -> StreamProbeSleep {
        StreamProbeSleep(deadline: MonotonicInstant(nanoseconds: milliseconds * 1_000_000))
    }

    @Test("due values come out earliest first, ties in the order they came")
    func dueInOrder() {
        var queue = TimedQueue<StreamProbeSleep>()
        let sleeps = [sleep(at: 30), sleep(at: 10), sleep(at: 20), sleep(at: 10), sleep(at: 40)]
        sleeps.forEach { queue.push($0, at: $0.deadline) }
        let due = queue.popDue(by: MonotonicInstant(nanoseconds: 30_000_000))
        #expect(due.map { $0.deadline.nanoseconds / 1_000_000 } == [10, 10, 20, 30])
        #expect(due[0] === sleeps[1] && due[1] === sleeps[3])
        #expect(queue.count == 1)
        #expect(queue.removeAll().map { $0 === sleeps[4] } == [true])
        #expect(queue.nextInstant == nil)
    }

    @Test("cancelled sleeps on top are dropped before the next wake-up is chosen")
    func cancelledDoNotWake() {
        var queue = TimedQueue<StreamProbeSleep>()
        let early = sleep(at: 10)
        let late = sleep(at: 50)
        queue.push(early, at: early.deadline)
        queue.push(late, at: late.deadline)
        queue.dropFirst(while: \.hasEnded)
        #expect(queue.nextInstant == early.deadline)
        early.cancel()
        queue.dropFirst(while: \.hasEnded)
        #expect(queue.nextInstant == late.deadline)
        #expect(queue.count == 1)
        late.cancel()
        queue.dropFirst(while: \.hasEnded)
        #expect(queue.nextInstant == nil)
    }
}
