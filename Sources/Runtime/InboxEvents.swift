/// An inbox's inputs as an asynchronous sequence (`Inbox.events`): each `next()` is the inbox's.
public struct InboxEvents<Event: Hashable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = RuntimeEvent<Event>
    public typealias Failure = Never

    let inbox: Inbox<Event>

    /// Takes the inbox's inputs one at a time.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let inbox: Inbox<Event>

        /// The inbox's next input; nil once it is closed and empty.
        public mutating func next() async -> RuntimeEvent<Event>? {
            await inbox.next()
        }
    }

    /// An iterator over the inbox's inputs; only one may take from an inbox at a time.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(inbox: inbox)
    }
}
