import Engine
import NIOCore
import NIOPosix
import Synchronization

/// Sends SMTP alerts one session at a time on a SwiftNIO event loop, so the caller never waits:
/// `send` queues and returns. The queue is bounded; when full, the oldest alert is dropped and
/// logged. Every outcome is logged in keepalived's words (`SMTP alert successfully sent.`,
/// `Error processing RCPT cmd on SMTP server …`).
public final class SMTPMailer: Sendable {
    public let configuration: SMTPMailerConfiguration
    let eventLoop: any EventLoop
    let log: @Sendable (LogRecord) -> Void
    private let state = Mutex(State())

    private struct State: Sendable {
        var queue: [AlertMessage] = []
        var activity = SMTPMailerActivity()
        var idleWaiters: [Int: CheckedContinuation<Void, Never>] = [:]
        var nextWaiter = 0
        /// Waiters whose timeout passed before they registered.
        var expiredWaiters: Set<Int> = []
    }

    public init(
        configuration: SMTPMailerConfiguration, eventLoop: any EventLoop = MultiThreadedEventLoopGroup.singleton.next(),
        log: @escaping @Sendable (LogRecord) -> Void
    ) {
        self.configuration = configuration
        self.eventLoop = eventLoop
        self.log = log
    }

    /// Queues `message` for delivery and returns at once.
    public func send(_ message: AlertMessage) {
        let (start, dropped) = state.withLock { state -> (AlertMessage?, AlertMessage?) in
            var dropped: AlertMessage?
            if state.queue.count >= configuration.queueCapacity {
                dropped = state.queue.removeFirst()
                state.activity.dropped += 1
            }
            state.queue.append(message)
            return (nextIfIdle(&state), dropped)
        }
        if let dropped {
            log(.warning("SMTP alert queue full (\(configuration.queueCapacity)): dropping '\(dropped.subject)'"))
        }
        if let start { begin(start) }
    }

    /// Counters and queue depth.
    public var activity: SMTPMailerActivity { state.withLock { $0.activity } }

    /// Waits until every queued alert has been delivered or has failed, or `timeout` passed;
    /// true when idle. For an orderly stop (keepalived mails `Stopping` on SIGTERM).
    public func waitUntilIdle(timeout: Duration) async -> Bool {
        let id = state.withLock { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.waitForIdle(id) }
            group.addTask {
                // Cancelled when the mailer went idle first: then there is nothing to expire.
                do {
                    try await Task.sleep(for: timeout)
                    self.expire(id)
                } catch {}
            }
            await group.next()
            group.cancelAll()
        }
        return activity.isIdle
    }

    private func waitForIdle(_ id: Int) async {
        await withCheckedContinuation { continuation in
            let resumeNow = state.withLock { state in
                if state.activity.isIdle || state.expiredWaiters.remove(id) != nil { return true }
                state.idleWaiters[id] = continuation
                return false
            }
            if resumeNow { continuation.resume() }
        }
    }

    private func expire(_ id: Int) {
        let waiter = state.withLock { state in
            guard let waiter = state.idleWaiters.removeValue(forKey: id) else {
                state.expiredWaiters.insert(id)
                return nil as CheckedContinuation<Void, Never>?
            }
            return waiter
        }
        waiter?.resume()
    }

    private func nextIfIdle(_ state: inout State) -> AlertMessage? {
        guard !state.activity.sending, !state.queue.isEmpty else {
            state.activity.queued = state.queue.count
            return nil
        }
        let next = state.queue.removeFirst()
        state.activity.sending = true
        state.activity.queued = state.queue.count
        return next
    }

    private func begin(_ message: AlertMessage) {
        let session = SMTPSession(
            envelope: SMTPEnvelope(message, heloName: configuration.heloName), configuration: configuration,
            eventLoop: eventLoop, log: log
        ) { [self] outcome in finished(outcome) }
        session.start()
    }

    private func finished(_ delivered: Bool) {
        let (next, waiters) = state.withLock { state -> (AlertMessage?, [CheckedContinuation<Void, Never>]) in
            if delivered { state.activity.delivered += 1 } else { state.activity.failed += 1 }
            state.activity.sending = false
            let next = nextIfIdle(&state)
            guard state.activity.isIdle else { return (next, []) }
            defer { state.idleWaiters = [:] }
            return (next, Array(state.idleWaiters.values))
        }
        waiters.forEach { $0.resume() }
        if let next { begin(next) }
    }
}
