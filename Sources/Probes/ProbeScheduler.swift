import HealthCheck
import NIOCore

/// The OS side of the checker scheduler: runs the probes the pure `CheckerScheduler` asks for
/// (`.startProbe`) on one `ProbeRunner` and hands each result back, as `completions` or to a sink.
/// Requests for a probe already in flight join it instead of opening another connection, so
/// identical checkers (equal `ProbeKey`s) cost one probe however many ask.
public final class ProbeScheduler<Requester: Hashable & Sendable>: Sendable {
    public typealias Completion = ProbeCompletion<Requester>

    public let runner: ProbeRunner
    /// Every completion, in the order probes finish; empty if the scheduler was made with a sink.
    public let completions: AsyncStream<Completion>
    private let sink: @Sendable (Completion) -> Void
    private let finishStream: @Sendable () -> Void
    private let inFlight: NIOLoopBoundBox<[ProbeKey: [Requester]]>

    /// Results are delivered on `completions`.
    public convenience init(runner: ProbeRunner) {
        let (stream, continuation) = AsyncStream.makeStream(of: Completion.self)
        self.init(runner: runner, completions: stream, sink: { continuation.yield($0) }) { continuation.finish() }
    }

    /// Results are passed to `sink` on the runner's event loop, e.g. to merge them into an inbox.
    public convenience init(runner: ProbeRunner, sink: @escaping @Sendable (Completion) -> Void) {
        self.init(runner: runner, completions: AsyncStream { $0.finish() }, sink: sink) {}
    }

    private init(
        runner: ProbeRunner, completions: AsyncStream<Completion>, sink: @escaping @Sendable (Completion) -> Void,
        finish: @escaping @Sendable () -> Void
    ) {
        self.runner = runner
        self.completions = completions
        self.sink = sink
        finishStream = finish
        inFlight = NIOLoopBoundBox.makeBoxSendingValue([:], eventLoop: runner.eventLoop)
    }

    /// Starts `probe` for `requester`, or adds `requester` to the same probe already running.
    public func start(_ probe: ProbeKey, for requester: Requester) {
        let loop = runner.eventLoop
        if loop.inEventLoop { return startOnLoop(probe, for: requester) }
        loop.execute { self.startOnLoop(probe, for: requester) }
    }

    /// Starts several probes with one hop to the event loop.
    public func start(_ requests: [(probe: ProbeKey, requester: Requester)]) {
        let loop = runner.eventLoop
        let requests = requests.map { ProbeRequest(probe: $0.probe, requester: $0.requester) }
        loop.execute { for request in requests { self.startOnLoop(request.probe, for: request.requester) } }
    }

    /// Ends `completions`; probes still in flight finish unreported.
    public func finish() { finishStream() }

    /// Probes in flight; read it on the event loop.
    public var inFlightCount: EventLoopFuture<Int> {
        runner.eventLoop.submit { self.inFlight.value.count }
    }

    private func startOnLoop(_ probe: ProbeKey, for requester: Requester) {
        if inFlight.value[probe] != nil {
            if inFlight.value[probe]?.contains(requester) == false { inFlight.value[probe]?.append(requester) }
            return
        }
        inFlight.value[probe] = [requester]
        runner.probe(probe).assumeIsolated().whenSuccess { result in
            let requesters = self.inFlight.value.removeValue(forKey: probe) ?? []
            for requester in requesters { self.sink(Completion(requester: requester, probe: probe, result: result)) }
        }
    }
}

private struct ProbeRequest<Requester: Hashable & Sendable>: Sendable {
    var probe: ProbeKey
    var requester: Requester
}
