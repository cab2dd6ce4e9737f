import NetworkPrimitives

/// The in-flight cap every probe passes (Docs/Modules/Probes.md): at most `maximumInFlight` probes
/// run at once, because each holds a descriptor, and running out of descriptors fails every probe
/// and breaks the process besides. Requests beyond the cap wait in order; a probe's `timeout` budget
/// runs from its request, so one that cannot start before its budget ends fails unstarted instead of
/// reporting late. Pure: the caller passes `now` and starts, or fails, what it is told to.
public struct ProbeAdmission<Request> {
    /// What to do with a request that waited: start it (its slot is taken), or fail it unstarted.
    public enum Decision {
        /// Start the probe with its budget counted from `requestedAt`.
        case start(Request, requestedAt: MonotonicInstant)
        /// Its budget ended while it waited; `reason` is the failure to report.
        case expired(Request, reason: String)
    }

    fileprivate struct Waiting {
        var request: Request
        var timeout: Duration
        var requestedAt: MonotonicInstant
    }

    public let maximumInFlight: Int
    /// Probes started and not yet finished.
    public private(set) var inFlight = 0
    /// A FIFO: entries before `head` have left it.
    private var queue: [Waiting?] = []
    private var head = 0

    public init(maximumInFlight: Int) {
        self.maximumInFlight = max(1, maximumInFlight)
    }

    /// Requests waiting for a slot.
    public var waiting: Int { queue.count - head }

    /// A new request made at `now`: true when it may start at once (its slot is taken), false when
    /// it waits behind the cap or behind earlier requests.
    public mutating func request(_ request: Request, timeout: Duration, at now: MonotonicInstant) -> Bool {
        if inFlight < maximumInFlight, waiting == 0 {
            inFlight += 1
            return true
        }
        enqueue(request, timeout: timeout, at: now)
        return false
    }

    /// Queues `request` behind the others even when a slot is free, for a caller that cannot start
    /// it now (the stream reactor's per-turn start budget is spent); its budget runs from `requestedAt`.
    public mutating func enqueue(_ request: Request, timeout: Duration, at requestedAt: MonotonicInstant) {
        queue.append(Waiting(request: request, timeout: timeout, requestedAt: requestedAt))
    }

    /// True when a waiting request may take a free slot now.
    public var canStartWaiting: Bool { inFlight < maximumInFlight && waiting > 0 }

    /// Takes every waiting request out, in order (the caller is stopping and fails them).
    public mutating func removeAllWaiting() -> [Request] {
        defer {
            queue.removeAll()
            head = 0
        }
        return queue[head...].compactMap { $0?.request }
    }

    /// A started probe has finished: its slot frees.
    public mutating func finished() {
        inFlight = max(0, inFlight - 1)
    }

    /// The next waiting request while a slot is free, nil otherwise: one whose budget ended by `now`
    /// comes out as `.expired` and takes no slot.
    public mutating func next(now: MonotonicInstant) -> Decision? {
        guard inFlight < maximumInFlight, head < queue.count, let entry = queue[head] else { return nil }
        queue[head] = nil
        head += 1
        if head == queue.count {
            queue.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 1024, head * 2 >= queue.count {
            queue.removeFirst(head)
            head = 0
        }
        guard now < entry.requestedAt + entry.timeout else {
            return .expired(
                entry.request, reason: "not started within \(entry.timeout): \(maximumInFlight) probes in flight")
        }
        inFlight += 1
        return .start(entry.request, requestedAt: entry.requestedAt)
    }
}

extension ProbeAdmission: Sendable where Request: Sendable {}
extension ProbeAdmission.Decision: Sendable where Request: Sendable {}
extension ProbeAdmission.Waiting: Sendable where Request: Sendable {}
