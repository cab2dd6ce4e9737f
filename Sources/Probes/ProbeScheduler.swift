import Glibc
import HealthCheck
import NIOCore

/// The OS side of the checker scheduler: runs the probes the pure `CheckerScheduler` asks for
/// (`.startProbe`) on one `ProbeRunner` and hands each result back, as `completions` or to a sink.
/// Requests for a probe already in flight or waiting join it instead of opening another
/// connection, so identical checkers (equal `ProbeKey`s) cost one probe however many ask.
///
/// At most `maximumInFlight` probes run at once: every probe holds a descriptor, and running out
/// of descriptors fails every probe and also breaks the process (libdispatch, under Swift
/// concurrency, aborts when it cannot open /proc). Requests beyond the limit wait in order; their
/// timeout runs from the request, and one that cannot start before it ends fails unstarted.
public final class ProbeScheduler<Requester: Hashable & Sendable>: Sendable {
    public typealias Completion = ProbeCompletion<Requester>

    public let runner: ProbeRunner
    public let maximumInFlight: Int
    /// Every completion, in the order probes finish; empty if the scheduler was made with a sink.
    public let completions: AsyncStream<Completion>
    private let sink: @Sendable (Completion) -> Void
    private let finishStream: @Sendable () -> Void
    private let state: NIOLoopBoundBox<ProbeSchedulerState<Requester>>

    /// Half the open-file limit, between 64 and 16384.
    public static var defaultMaximumInFlight: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 512 }
        return Int(min(16384, max(64, limit.rlim_cur / 2)))
    }

    /// Results are delivered on `completions`.
    public convenience init(runner: ProbeRunner, maximumInFlight: Int = defaultMaximumInFlight) {
        let (stream, continuation) = AsyncStream.makeStream(of: Completion.self)
        self.init(runner: runner, maximumInFlight: maximumInFlight, completions: stream) {
            continuation.yield($0)
        } finish: {
            continuation.finish()
        }
    }

    /// Results are passed to `sink` on the runner's event loop, e.g. to merge them into an inbox.
    public convenience init(
        runner: ProbeRunner, maximumInFlight: Int = defaultMaximumInFlight,
        sink: @escaping @Sendable (Completion) -> Void
    ) {
        self.init(
            runner: runner, maximumInFlight: maximumInFlight, completions: AsyncStream { $0.finish() }, sink: sink
        ) {}
    }

    private init(
        runner: ProbeRunner, maximumInFlight: Int, completions: AsyncStream<Completion>,
        sink: @escaping @Sendable (Completion) -> Void, finish: @escaping @Sendable () -> Void
    ) {
        self.runner = runner
        self.maximumInFlight = max(1, maximumInFlight)
        self.completions = completions
        self.sink = sink
        finishStream = finish
        state = NIOLoopBoundBox.makeBoxSendingValue(ProbeSchedulerState(), eventLoop: runner.eventLoop)
    }

    /// Starts `probe` for `requester`, or adds `requester` to the same probe already running or waiting.
    public func start(_ probe: ProbeKey, for requester: Requester) {
        let loop = runner.eventLoop
        let requestedAt = NIODeadline.now()
        if loop.inEventLoop { return request(probe, for: requester, at: requestedAt) }
        loop.execute { self.request(probe, for: requester, at: requestedAt) }
    }

    /// Starts several probes with one hop to the event loop.
    public func start(_ requests: [(probe: ProbeKey, requester: Requester)]) {
        let requestedAt = NIODeadline.now()
        let requests = requests.map { ProbeRequest(probe: $0.probe, requester: $0.requester) }
        runner.eventLoop.execute {
            for request in requests { self.request(request.probe, for: request.requester, at: requestedAt) }
        }
    }

    /// Ends `completions`; probes still in flight finish unreported.
    public func finish() { finishStream() }

    /// Probes running and probes waiting for a slot.
    public var load: EventLoopFuture<(inFlight: Int, waiting: Int)> {
        runner.eventLoop.submit { (self.state.value.running.count, self.state.value.queue.count) }
    }

    private func request(_ probe: ProbeKey, for requester: Requester, at requestedAt: NIODeadline) {
        if state.value.join(probe, requester) { return }
        state.value.requesters[probe] = [requester]
        if state.value.running.count < maximumInFlight {
            launch(probe, requestedAt: nil)
        } else {
            state.value.queue.append((probe, requestedAt))
        }
    }

    private func launch(_ probe: ProbeKey, requestedAt: NIODeadline?) {
        state.value.running.insert(probe)
        let future = requestedAt.map { runner.probe(probe, requestedAt: $0) } ?? runner.probe(probe)
        future.assumeIsolated().whenSuccess { result in
            self.state.value.running.remove(probe)
            self.deliver(probe, result)
            self.startWaiting()
        }
    }

    /// Fills free slots from the queue; requests whose timeout has already run out fail unstarted.
    /// A probe can end synchronously (e.g. its socket cannot be created), which re-enters here
    /// from `launch`; the outer call keeps filling, so the stack never grows with the queue.
    private func startWaiting() {
        guard !state.value.isFillingSlots else { return }
        state.value.isFillingSlots = true
        defer { state.value.isFillingSlots = false }
        let now = NIODeadline.now()
        while state.value.running.count < maximumInFlight, let (probe, requestedAt) = state.value.queue.popFirst() {
            guard now < requestedAt + TimeAmount(probe.timeout) else {
                deliver(
                    probe, .failure(reason: "not started within \(probe.timeout): \(maximumInFlight) probes in flight"))
                continue
            }
            launch(probe, requestedAt: requestedAt)
        }
    }

    private func deliver(_ probe: ProbeKey, _ result: ProbeResult) {
        let requesters = state.value.requesters.removeValue(forKey: probe) ?? []
        for requester in requesters { sink(Completion(requester: requester, probe: probe, result: result)) }
    }
}

/// The scheduler's bookkeeping, on the runner's event loop only.
struct ProbeSchedulerState<Requester: Hashable & Sendable> {
    /// Who waits for each probe that is running or queued.
    var requesters: [ProbeKey: [Requester]] = [:]
    var running: Set<ProbeKey> = []
    var queue = CircularBuffer<(ProbeKey, NIODeadline)>()
    var isFillingSlots = false

    /// Adds `requester` to a probe already running or queued; false when there is none.
    mutating func join(_ probe: ProbeKey, _ requester: Requester) -> Bool {
        guard var waiting = requesters[probe] else { return false }
        if !waiting.contains(requester) { waiting.append(requester) }
        requesters[probe] = waiting
        return true
    }
}

private struct ProbeRequest<Requester: Hashable & Sendable>: Sendable {
    var probe: ProbeKey
    var requester: Requester
}
