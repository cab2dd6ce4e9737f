import HealthCheck
import LinuxPlatform
import NetworkPrimitives

/// The reactor thread's state: probes by slot, their deadlines, timed starts, and probes waiting
/// for a free slot. Nothing here is shared; other threads reach it only through the inbox.
final class StreamProbeLoop {
    /// The eventfd's epoll data; probe sockets carry `slot | connection << 32`.
    static let wakeToken = UInt64.max
    /// At most this many reads of `readSize` per connection per turn: a backend streaming an endless
    /// body gets the same share of the thread as every other probe, never all of it.
    static let readBudget = 2
    static let readSize = 16 * 1024
    static let eventCapacity: Int32 = 128
    /// Probes started per turn at most; the rest wait in `admission` for the next turns (see `fillSlots`).
    static let startsPerTurn = 64

    let epoll: Int32
    var maximumInFlight: Int { admission.maximumInFlight }
    /// A timed start may run this much early, to share a wake-up with its neighbours.
    let startCoalescing: Duration
    /// With probes in flight the thread pauses this long between turns instead of waking per event.
    let eventBatching: Duration
    /// The last wait filled the event array: more are ready, so do not pause.
    var moreEventsReady = false
    /// Set when the thread could not enter its network namespace: every probe fails with it.
    let failure: String?
    var now = System.monotonicNow()
    var probes = Slab<StreamProbe>()
    /// The in-flight cap, the same rule `ProbeRunner` applies to every kind: probes holding a slot,
    /// and those waiting for one (or for the next turn) in order, their budgets running.
    var admission: ProbeAdmission<StreamProbeRequest>
    var inFlight: Int { admission.inFlight }
    var deadlines = MinHeap<DeadlineEntry>()
    var timedStarts = TimedQueue<StreamProbeRequest>()
    /// Connections whose read budget ran out with data left; read again next turn.
    var readAgain: [(slot: Int, connection: UInt32)] = []
    /// Clock sleeps of tasks (`StreamProbeReactor.sleep(until:)`), by instant.
    var sleeps = TimedQueue<ReactorSleep>()
    /// The reactor as the jobs' task executor, read from the inbox at the first job.
    var executor: UnownedTaskExecutor?
    /// Starts this turn may still make (`startsPerTurn` at its beginning).
    var startsLeft = 0
    var nextProbeID: UInt64 = 0
    var nextConnection: UInt32 = 0
    var requestCache: [ProbeKey: [[UInt8]]] = [:]
    /// Sockets of finished checks, reset and kept for the next ones.
    var sockets: StreamSocketPool
    let readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: readSize, alignment: 16)
    private let eventData = UnsafeMutablePointer<UInt64>.allocate(capacity: Int(eventCapacity))
    private let eventMasks = UnsafeMutablePointer<UInt32>.allocate(capacity: Int(eventCapacity))

    init(epoll: Int32, maximumInFlight: Int, startCoalescing: Duration, eventBatching: Duration, failure: String?) {
        self.epoll = epoll
        admission = ProbeAdmission(maximumInFlight: maximumInFlight)
        self.startCoalescing = startCoalescing
        self.eventBatching = eventBatching
        self.failure = failure
        sockets = StreamSocketPool(capacity: min(1024, admission.maximumInFlight / 8))
    }

    deinit {
        readBuffer.deallocate()
        eventData.deallocate()
        eventMasks.deallocate()
    }

    /// Runs until the inbox says stop, then fails whatever is still pending.
    func run(_ inbox: ReactorInbox<StreamProbeWork>) {
        while true {
            now = System.monotonicNow()
            startsLeft = Self.startsPerTurn
            runTimers()
            readPending()
            fillSlots()
            guard drain(inbox) else { return stop(inbox) }
            var timeout = moreEventsReady ? 0 : timeoutMilliseconds()
            if timeout != 0, inFlight > 0, eventBatching > .zero {
                // Probes in flight: pause until the next batching instant (or the next timer) instead
                // of waking for each event, then take every event that arrived meanwhile at once.
                let untilTimer = timeout < 0 ? eventBatching : .milliseconds(timeout)
                System.sleep(min(untilTimer, untilNextBatch()))
                timeout = 0
            }
            if timeout != 0, !inbox.maySleep() { timeout = 0 }
            let count: Int
            do {
                count = try System.epollWait(
                    epoll, data: eventData, events: eventMasks, capacity: Self.eventCapacity,
                    timeoutMilliseconds: timeout)
            } catch {
                failEverything("probe reactor failed: \(error)")
                return stop(inbox)
            }
            if timeout != 0 { inbox.awake() }
            moreEventsReady = count == Int(Self.eventCapacity)
            now = System.monotonicNow()
            for index in 0..<count {
                let data = eventData[index]
                if data == Self.wakeToken {
                    System.drain(eventFD: inbox.wakeFD)
                } else {
                    handle(data, events: eventMasks[index])
                }
            }
        }
    }

    /// Time to the next multiple of `eventBatching` on the monotonic clock. Pauses end on that grid,
    /// the grid the checker service's timer uses (Runtime's `DeadlineGrid.probeReactor`), so one wake-up serves
    /// both a batch of events and the checkers due then, instead of two wake-ups a few ms apart.
    func untilNextBatch() -> Duration {
        let grid = max(1, eventBatching.nanosecondsClamped)
        return .nanoseconds(grid - now.nanoseconds % grid)
    }

    /// Takes posted work until none is left: requests start, sleeps due now end, jobs run (and may
    /// post more, which this turn still takes, so the thread never sleeps on work). False: stop.
    private func drain(_ inbox: ReactorInbox<StreamProbeWork>) -> Bool {
        while true {
            let batch = inbox.take()
            if batch.stopping { return false }
            for request in batch.requests { submit(request) }
            for sleep in batch.sleeps { sleeps.insert(sleep, at: sleep.deadline) }
            // Cancelled sleeps come out too: ending them again does nothing.
            let due = sleeps.popDue(by: now)
            for sleep in due { sleep.fire() }
            if batch.isEmpty && due.isEmpty { return true }
            guard !batch.jobs.isEmpty else { continue }
            if executor == nil { executor = inbox.executor }
            for job in batch.jobs {
                // The executor is set before the reactor is handed out, so before any job exists.
                if let executor { job.runSynchronously(on: executor) } else { globalConcurrentExecutor.enqueue(job) }
            }
            now = System.monotonicNow()
        }
    }

    /// Fails every probe, ends every sleep with `CancellationError`, and hands jobs still queued to
    /// the global executor (their tasks carry on there).
    private func stop(_ inbox: ReactorInbox<StreamProbeWork>) {
        failEverything("probe runner stopped")
        let leftover = inbox.close()
        for request in leftover.requests { request.completion(.failure(reason: "probe runner stopped")) }
        for sleep in leftover.sleeps { sleep.cancel() }
        for sleep in sleeps.removeAll() { sleep.cancel() }
        for job in leftover.jobs { globalConcurrentExecutor.enqueue(job) }
    }

    /// Starts a request now, at its start time, or when a slot frees.
    func submit(_ request: StreamProbeRequest) {
        if let startAt = request.startAt, now + startCoalescing < startAt {
            timedStarts.insert(request, at: startAt)
        } else {
            begin(orQueue: request)
        }
    }

    /// Starts `request` if a slot and this turn's start budget allow and nothing waits before it;
    /// else it waits in order.
    private func begin(orQueue request: StreamProbeRequest) {
        // The budget runs from now, waiting included, so a starved probe still ends on time.
        let budgetStart = request.requestedAt ?? request.startAt ?? now
        guard startsLeft > 0 else { return admission.enqueue(request, timeout: request.key.timeout, at: budgetStart) }
        guard admission.request(request, timeout: request.key.timeout, at: budgetStart) else { return }
        startsLeft -= 1
        begin(request)
    }

    /// Probes that waited for a slot start in order, at most `startsLeft` of them: a burst of starts
    /// (a thousand checks due on the same 20 ms mark) is spread over turns that take events and run
    /// jobs in between, so results are seen, and the next checks scheduled, as they come rather than
    /// all at once. One whose budget ran out while waiting fails.
    func fillSlots() {
        while startsLeft > 0, let decision = admission.next(now: now) {
            switch decision {
            case .start(var request, let requestedAt):
                request.requestedAt = requestedAt
                startsLeft -= 1
                begin(request)
            case .expired(let request, let reason):
                request.completion(.failure(reason: reason))
            }
        }
    }

    /// Due timed starts start, with those due within `startCoalescing` (so one wake-up starts a
    /// batch instead of one probe); probes past their deadline fail with what they were doing.
    func runTimers() {
        let horizon = now + startCoalescing
        for request in timedStarts.popDue(by: horizon) { begin(orQueue: request) }
        for entry in deadlines.popAll(while: { $0.at <= now }) {
            guard isLive(entry), let probe = probes[entry.slot] else { continue }
            finish(entry.slot, .failure(reason: probe.timeoutReason))
        }
    }

    /// True while the probe the entry was made for still holds its slot.
    private func isLive(_ entry: DeadlineEntry) -> Bool {
        probes[entry.slot]?.id == entry.probeID
    }

    /// How long epoll may sleep: 0 with work pending, else until the next timer (-1: none).
    /// Deadlines of probes that already finished, and cancelled sleeps, are dropped first, so they
    /// never wake the thread.
    func timeoutMilliseconds() -> Int32 {
        if !readAgain.isEmpty || admission.canStartWaiting { return 0 }
        while let top = deadlines.first, !isLive(top) { _ = deadlines.popFirst() }
        sleeps.dropFirst(while: \.hasEnded)
        let next = [deadlines.first?.at, timedStarts.earliest, sleeps.earliest].compactMap { $0 }.min()
        guard let next else { return -1 }
        let nanoseconds = max(0, next.nanoseconds - now.nanoseconds)
        return Int32(clamping: (nanoseconds + 999_999) / 1_000_000)
    }

    /// Ends probe `slot` with `result`: its socket is released and its slot frees before the
    /// requester hears, so a completion that starts the next probe finds room. `recycling`: the
    /// exchange ended cleanly, so the socket may go back to the pool.
    func finish(_ slot: Int, _ result: ProbeResult, recycling: Bool = false) {
        guard let probe = probes.remove(at: slot) else { return }
        release(probe, recycling: recycling)
        admission.finished()
        probe.request.completion(result)
    }

    /// Resets the probe's connection: into the pool after a clean exchange, else closed with a reset.
    func release(_ probe: StreamProbe, recycling: Bool) {
        guard probe.fd >= 0 else { return }
        if recycling, let flavour = probe.flavour {
            sockets.recycle(StreamSocketPool.Socket(fd: probe.fd, registered: probe.registered), as: flavour)
        } else {
            System.closeWithReset(probe.fd)
        }
        probe.fd = -1
        probe.registered = false
    }

    private func failEverything(_ reason: String) {
        for slot in probes.occupied { finish(slot, .failure(reason: reason)) }
        for request in admission.removeAllWaiting() { request.completion(.failure(reason: reason)) }
        for request in timedStarts.removeAll() { request.completion(.failure(reason: reason)) }
        sockets.closeAll()
    }
}

/// A probe's deadline; the probe may have finished (its id no longer in the slot).
struct DeadlineEntry: Comparable {
    var at: MonotonicInstant
    var probeID: UInt64
    var slot: Int

    static func < (lhs: Self, rhs: Self) -> Bool { (lhs.at, lhs.probeID) < (rhs.at, rhs.probeID) }
}
