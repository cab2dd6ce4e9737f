import Engine
import Testing

@testable import Runtime

@Suite struct InboxTests {
    @Test func eventsPostedInABatchAreOneInputTakenInArrivalOrder() async {
        let inbox = Inbox<EngineEvent>()
        inbox.postInBatch(.linkChanged("eth0", isUp: false))
        inbox.postInBatch(.linkChanged("eth1", isUp: false))
        inbox.postInBatch(.deadlineReached)
        #expect(inbox.activity.inputsPosted == 1)
        var events = inbox.events.makeAsyncIterator()
        #expect(await events.next() == .batch)
        let batch: [EngineEvent] = [
            .linkChanged("eth0", isUp: false), .linkChanged("eth1", isUp: false), .deadlineReached,
        ]
        #expect(inbox.takeBatch() == batch)
        inbox.postInBatch(.deadlineReached)
        #expect(inbox.activity.inputsPosted == 2)
        #expect(await events.next() == .batch)
        #expect(inbox.takeBatch() == [.deadlineReached])
    }

    @Test func anInputPostedAfterCloseCountsAsHandled() {
        let inbox = Inbox<EngineEvent>()
        inbox.close()
        inbox.post(.engine(.deadlineReached))
        #expect(inbox.activity.isIdle)
        #expect(inbox.activity.inputsPosted == 1)
    }
}
