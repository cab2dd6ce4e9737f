import HealthCheck
import NIOCore

/// One probe in flight, confined to the runner's event loop: it completes its promise exactly once,
/// at the latest when its deadline passes (`DeadlineQueue` calls `expire()`), and then closes
/// whatever the probe still holds open.
final class ProbeAttempt {
    let eventLoop: any EventLoop
    /// The probe's whole budget (`connect_timeout`, or `misc_timeout` for scripts) ends here.
    let deadline: NIODeadline
    /// What the probe is doing, for the reason given when the deadline passes.
    var phase = "connecting"
    /// The result when the deadline passes; nil means a timeout failure naming `phase`.
    var resultAtDeadline: ProbeResult?
    let futureResult: EventLoopFuture<ProbeResult>
    private var promise: EventLoopPromise<ProbeResult>?
    private let onFinish: (() -> Void)?
    private var channel: (any Channel)?
    private var cleanups: [() -> Void] = []
    private(set) var isFinished = false

    /// `finished` runs once, after the result is delivered (the runner uses it to trim its deadline queue).
    init(eventLoop: any EventLoop, timeout: Duration, from start: NIODeadline = .now(), finished: (() -> Void)? = nil) {
        self.eventLoop = eventLoop
        deadline = start + TimeAmount(timeout)
        let promise = eventLoop.makePromise(of: ProbeResult.self)
        self.promise = promise
        futureResult = promise.futureResult
        onFinish = finished
    }

    /// The deadline has passed: the probe ends now unless it already has.
    func expire() {
        finish(resultAtDeadline ?? .failure(reason: "timeout \(phase)"))
    }

    /// Time left before the deadline, never negative.
    var remaining: TimeAmount { max(.zero, deadline - .now()) }

    /// The channel the probe currently talks on; it is closed when the probe finishes.
    func hold(_ channel: any Channel) {
        guard !isFinished else {
            channel.close(promise: nil)
            return
        }
        self.channel = channel
    }

    /// Forgets a channel the probe is done with, closing it.
    func release(_ channel: any Channel) {
        if self.channel === channel { self.channel = nil }
        channel.close(promise: nil)
    }

    /// Runs `cleanup` when the probe finishes (e.g. to stop a script).
    func onFinish(_ cleanup: @escaping () -> Void) {
        guard !isFinished else { return cleanup() }
        cleanups.append(cleanup)
    }

    /// Completes the probe; later calls are ignored, so racing outcomes are harmless.
    func finish(_ result: ProbeResult) {
        guard !isFinished else { return }
        isFinished = true
        channel?.close(promise: nil)
        channel = nil
        let pending = cleanups
        cleanups = []
        for cleanup in pending { cleanup() }
        promise?.succeed(result)
        promise = nil
        onFinish?()
    }

    func fail(_ reason: String) { finish(.failure(reason: reason)) }
}
