/// The runtime's one queue: every producer posts here and the loop handles events one at a time.
public struct Inbox: Sendable {
    public let events: AsyncStream<RuntimeEvent>
    private let continuation: AsyncStream<RuntimeEvent>.Continuation

    public init() {
        (events, continuation) = AsyncStream.makeStream(of: RuntimeEvent.self, bufferingPolicy: .unbounded)
    }

    public func post(_ event: RuntimeEvent) {
        continuation.yield(event)
    }

    /// Ends the stream; events posted afterwards are dropped.
    public func close() {
        continuation.finish()
    }
}
