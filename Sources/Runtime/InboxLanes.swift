import Synchronization

/// The inbox's two queues and the loop's parking place (Docs/Modules/Runtime.md, "The inbox's lanes").
/// Each lane is a ring under its own lock; an input takes a ticket as it is queued, and the loop takes
/// the older of the two heads, so inputs reach it in the order they were posted. The loop looks into
/// the shared lane (takes its lock) only when that lane's count says it holds something. A parked
/// loop is woken without a lane lock: a producer counts its input, then checks `parked`; the loop
/// sets `parked`, then checks the counts (both sequentially consistent), so one of them always sees
/// the other, and the one that turns `parked` back to false resumes the loop, exactly once.
final class InboxLanes<Event: Hashable & Sendable>: Sendable {
    typealias Entry = (ticket: UInt64, event: RuntimeEvent<Event>)

    /// What the loop found at the head of its own lane.
    private enum OwnHead {
        case taken(RuntimeEvent<Event>)
        case waiting(ticket: UInt64)
        case empty
    }

    private let own = Mutex(InboxRing<Entry>(capacity: InboxLanes.initialCapacity))
    private let shared = Mutex(InboxRing<Entry>(capacity: InboxLanes.initialCapacity))
    /// Inputs counted in after they were queued and counted out after the loop took them: a hint that
    /// runs behind the ring, never ahead of it as the loop sees it.
    private let ownQueued = Atomic<Int>(0)
    private let sharedQueued = Atomic<Int>(0)
    private let tickets = Atomic<UInt64>(0)
    /// Set under both lane locks: from then on no lane accepts an input.
    private let closed = Atomic<Bool>(false)
    private let parked = Atomic<Bool>(false)
    /// The parked loop's continuation. Stored before `parked` is set and taken only by whoever turns
    /// `parked` back to false, so its lock is never contended: no taker waits on it.
    private let sleeper = Mutex<UnsafeContinuation<Void, Never>?>(nil)
    private let ownPosts = Atomic<Int>(0)
    private let sharedPosts = Atomic<Int>(0)
    private let sharedLocksByLoop = Atomic<Int>(0)
    private let parks = Atomic<Int>(0)

    /// Room in each lane before it first grows.
    static var initialCapacity: Int { 256 }

    /// Queues `event` on `lane` and wakes the loop if it is parked; false once closed.
    func push(_ event: RuntimeEvent<Event>, on lane: InboxLane) -> Bool {
        switch lane {
        case .own:
            guard own.withLock({ append(event, to: &$0) }) else { return false }
            ownPosts.add(1, ordering: .relaxed)
            ownQueued.add(1, ordering: .sequentiallyConsistent)
        case .shared:
            guard shared.withLock({ append(event, to: &$0) }) else { return false }
            sharedPosts.add(1, ordering: .relaxed)
            sharedQueued.add(1, ordering: .sequentiallyConsistent)
        }
        wake()
        return true
    }

    private func append(_ event: RuntimeEvent<Event>, to ring: inout InboxRing<Entry>) -> Bool {
        guard !closed.load(ordering: .relaxed) else { return false }
        ring.append((tickets.wrappingAdd(1, ordering: .relaxed).oldValue, event))
        return true
    }

    /// The oldest input of both lanes, if any. `thorough` looks into the shared lane whatever its count
    /// says (after close, when a producer may not have counted in what it queued).
    func take(thorough: Bool = false) -> RuntimeEvent<Event>? {
        let head = own.withLock { ring -> OwnHead in
            guard let first = ring.first else { return .empty }
            // Read after the own lane's lock: whatever was counted in before an input now in the own
            // lane was queued is seen here.
            guard thorough || sharedQueued.load(ordering: .acquiring) > 0 else {
                return ring.removeFirst().map { .taken($0.event) } ?? .empty
            }
            return .waiting(ticket: first.ticket)
        }
        let ownTicket: UInt64?
        switch head {
        case .taken(let event):
            ownQueued.subtract(1, ordering: .relaxed)
            return event
        case .waiting(let ticket): ownTicket = ticket
        case .empty: ownTicket = nil
        }
        if thorough || sharedQueued.load(ordering: .acquiring) > 0 {
            sharedLocksByLoop.add(1, ordering: .relaxed)
            let older = shared.withLock { ring -> RuntimeEvent<Event>? in
                guard let first = ring.first, ownTicket.map({ first.ticket < $0 }) ?? true else { return nil }
                return ring.removeFirst()?.event
            }
            if let older {
                sharedQueued.subtract(1, ordering: .relaxed)
                return older
            }
        }
        guard ownTicket != nil, let event = own.withLock({ $0.removeFirst()?.event }) else { return nil }
        ownQueued.subtract(1, ordering: .relaxed)
        return event
    }

    /// Refuses every later input and wakes the loop; what was queued stays to be taken.
    func close() {
        own.withLock { _ in shared.withLock { _ in closed.store(true, ordering: .sequentiallyConsistent) } }
        wake()
    }

    var isClosed: Bool { closed.load(ordering: .sequentiallyConsistent) }

    /// The loop is parked (or a waker is about to resume it).
    var isParked: Bool { parked.load(ordering: .sequentiallyConsistent) }

    /// Suspends the caller (the loop, the lanes' one consumer) until an input is counted in or the
    /// lanes close; may return with nothing new (the caller takes again).
    func park() async {
        await withUnsafeContinuation { (continuation: UnsafeContinuation<Void, Never>) in
            parks.add(1, ordering: .relaxed)
            sleeper.withLock { $0 = continuation }
            parked.store(true, ordering: .sequentiallyConsistent)
            let pending =
                ownQueued.load(ordering: .sequentiallyConsistent) > 0
                || sharedQueued.load(ordering: .sequentiallyConsistent) > 0
                || closed.load(ordering: .sequentiallyConsistent)
            if pending { wake() }
        }
    }

    /// Resumes the parked loop if this call is the one that unparks it.
    func wake() {
        guard parked.load(ordering: .sequentiallyConsistent),
            parked.compareExchange(expected: true, desired: false, ordering: .sequentiallyConsistent).exchanged
        else { return }
        sleeper.withLock { $0.take() }?.resume()
    }

    var activity: InboxLaneActivity {
        InboxLaneActivity(
            ownLanePosts: ownPosts.load(ordering: .relaxed), sharedLanePosts: sharedPosts.load(ordering: .relaxed),
            sharedLaneLocksTakenByLoop: sharedLocksByLoop.load(ordering: .relaxed), parks: parks.load(ordering: .relaxed))
    }
}
