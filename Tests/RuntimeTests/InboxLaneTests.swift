import Foundation
import Synchronization
import TestSupport
import Testing

@testable import Runtime

@Suite struct InboxLaneTests {
    @Test func inputsComeOutInTheOrderTheyWerePostedWithinAndAcrossLanes() async {
        let inbox = Inbox<Int>()
        inbox.post(.engine(1), lane: .own)
        inbox.post(.engine(2), lane: .shared)
        inbox.post(.engine(3), lane: .own)
        inbox.post(.engine(4), lane: .own)
        inbox.post(.command(.stop), lane: .shared)
        inbox.post(.engine(6), lane: .own)
        var taken: [RuntimeEvent<Int>] = []
        for _ in 0..<6 { if let event = await inbox.next() { taken.append(event) } }
        #expect(taken == [.engine(1), .engine(2), .engine(3), .engine(4), .command(.stop), .engine(6)])
    }

    @Test func theOwnLaneKeepsItsOrderPastItsFirstCapacityAndTheLoopNeverLocksTheSharedLane() async {
        let inbox = Inbox<Int>()
        let count = InboxLanes<Int>.initialCapacity * 3 + 7
        for round in 0..<2 {
            for value in 0..<count { inbox.post(.engine(round * count + value), lane: .own) }
            for value in 0..<count { #expect(await inbox.next() == .engine(round * count + value)) }
        }
        #expect(inbox.lanesActivity.ownLanePosts == 2 * count)
        #expect(inbox.lanesActivity.sharedLanePosts == 0)
        #expect(inbox.lanesActivity.sharedLaneLocksTakenByLoop == 0)
    }

    @Test func aRingThatGrowsKeepsItsElementsInOrder() {
        var ring = InboxRing<Int>(capacity: 2)
        for value in 0..<3 { ring.append(value) }
        #expect(ring.removeFirst() == 0)
        for value in 3..<9 { ring.append(value) }
        var taken: [Int] = []
        while let value = ring.removeFirst() { taken.append(value) }
        #expect(taken == Array(1..<9))
        #expect(ring.isEmpty)
        #expect(ring.first == nil)
    }

    @Test(arguments: [InboxLane.own, .shared])
    func aParkedConsumerWakesForAnInputOnEitherLane(lane: InboxLane) async {
        let inbox = Inbox<Int>()
        let consumer = Task { await inbox.next() }
        #expect(await waitUntil(timeout: .seconds(10)) { inbox.isWaiting })
        inbox.post(.engine(7), lane: lane)
        #expect(await consumer.value == .engine(7))
        #expect(inbox.isWaiting == false)
    }

    @Test func cancellingAParkedConsumerEndsItAndClosesTheInbox() async {
        let inbox = Inbox<Int>()
        let consumer = Task { await inbox.next() }
        #expect(await waitUntil(timeout: .seconds(10)) { inbox.isWaiting })
        consumer.cancel()
        #expect(await consumer.value == nil)
        inbox.post(.engine(1))
        #expect(inbox.activity.isIdle)
    }

    @Test func closeLeavesWhatWasQueuedToBeTakenAndDropsWhatComesAfterAsHandled() async {
        let inbox = Inbox<Int>()
        inbox.post(.engine(1), lane: .shared)
        inbox.post(.engine(2), lane: .own)
        inbox.close()
        inbox.post(.engine(3), lane: .own)
        inbox.post(.engine(4), lane: .shared)
        inbox.postUnlessBehind(.engine(5), lane: .own)
        #expect(inbox.activity.inputsPosted == 5)
        #expect(inbox.activity.inputsHandled == 3)
        #expect(await inbox.next() == .engine(1))
        #expect(await inbox.next() == .engine(2))
        #expect(await inbox.next() == nil)
    }

    @Test func packetsBeyondTheBacklogLimitAreDroppedAndCountedOnTheOwnLane() async {
        let inbox = Inbox<Int>()
        for value in 0..<(Inbox<Int>.packetBacklogLimit + 5) { inbox.postUnlessBehind(.engine(value), lane: .own) }
        #expect(inbox.activity.inputsPosted == Inbox<Int>.packetBacklogLimit)
        #expect(inbox.activity.inputsDropped == 5)
        #expect(await inbox.next() == .engine(0))
        inbox.counters.inputHandled()
        inbox.postUnlessBehind(.engine(-1), lane: .own)
        #expect(inbox.activity.inputsPosted == Inbox<Int>.packetBacklogLimit + 1)
    }

    /// Producer threads on both lanes and one consumer, in rounds: each thread posts one input, then
    /// waits until the consumer has taken the whole round, so the consumer runs dry and parks between
    /// rounds and the last input of a round is the only one that can wake it. Every input arrives (no
    /// wake-up is lost) and each producer's arrive in its order.
    @Test func noWakeUpIsLostWithManyProducerThreadsOnBothLanes() async {
        let inbox = Inbox<Int>()
        let lanes: [InboxLane] = [.own, .own, .shared, .shared]
        // 4,000 rounds: each needs the consumer scheduled on the shared pool, which the unit run keeps busy.
        let rounds = 4_000
        let total = lanes.count * rounds
        let received = Received(producers: lanes.count)
        let givenUp = Atomic<Bool>(false)
        // One semaphore per producer, signalled when the consumer has taken a whole round: producers
        // wait blocked, not spinning, so they leave the CPUs to the consumer and to other tests.
        let nextRound = lanes.map { _ in DispatchSemaphore(value: 0) }
        let consumer = Task {
            while received.count < total, let event = await inbox.next() {
                guard case .engine(let value) = event else { continue }
                received.take(producer: value / rounds, sequence: value % rounds)
                if received.count % lanes.count == 0 { for round in nextRound { round.signal() } }
            }
        }
        for (producer, lane) in lanes.enumerated() {
            Thread {
                for round in 0..<rounds {
                    if round > 0 {
                        while nextRound[producer].wait(timeout: .now() + .milliseconds(100)) == .timedOut {
                            if givenUp.load(ordering: .relaxed) { return }
                        }
                    }
                    inbox.post(.engine(producer * rounds + round), lane: lane)
                }
            }.start()
        }
        let arrived = await waitUntil(timeout: .seconds(30)) { received.count == total }
        givenUp.store(true, ordering: .relaxed)
        #expect(arrived, "\(received.count) of \(total) inputs arrived")
        #expect(received.outOfOrder == 0)
        consumer.cancel()
        await consumer.value
        #expect(inbox.lanesActivity.ownLanePosts == 2 * rounds)
        #expect(inbox.lanesActivity.sharedLanePosts == 2 * rounds)
        #expect(inbox.lanesActivity.parks > 0)
    }
}

/// What the consumer of `noWakeUpIsLostWithManyProducerThreadsOnBothLanes` saw.
private final class Received: Sendable {
    private struct State {
        var next: [Int]
        var count = 0
        var outOfOrder = 0
    }

    private let state: Mutex<State>

    init(producers: Int) {
        state = Mutex(State(next: Array(repeating: 0, count: producers)))
    }

    func take(producer: Int, sequence: Int) {
        state.withLock { state in
            if state.next[producer] != sequence { state.outOfOrder += 1 }
            state.next[producer] = sequence + 1
            state.count += 1
        }
    }

    var count: Int { state.withLock { $0.count } }
    var outOfOrder: Int { state.withLock { $0.outOfOrder } }
}
