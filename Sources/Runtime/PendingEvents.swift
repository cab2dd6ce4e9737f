import Synchronization

/// Events waiting for the loop outside the stream, appended from any thread under a lock.
final class PendingEvents<Event: Sendable>: Sendable {
    private let events = Mutex<[Event]>([])

    /// Appends `event`; true when it is the first since the last `takeAll`.
    func append(_ event: Event) -> Bool {
        events.withLock { events in
            events.append(event)
            return events.count == 1
        }
    }

    func takeAll() -> [Event] {
        events.withLock { events in
            defer { events.removeAll(keepingCapacity: true) }
            return events
        }
    }
}
