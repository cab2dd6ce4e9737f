import Engine
import NIOCore
import NIOPosix
import NetworkPrimitives
import Synchronization

/// One SMTP session on an event loop: connects, feeds `SMTPSessionStateMachine` with what happens
/// and performs its actions. The state machine decides everything, including timeouts: one task
/// is scheduled at its `nextDeadline`, on the event loop's uptime clock.
final class SMTPSession: Sendable {
    private let configuration: SMTPMailerConfiguration
    private let eventLoop: any EventLoop
    private let log: @Sendable (LogRecord) -> Void
    private let completion: @Sendable (_ delivered: Bool) -> Void
    private let state: Mutex<State>

    private struct State: Sendable {
        var machine: SMTPSessionStateMachine
        var channel: (any Channel)?
        var timer: Scheduled<Void>?
        var delivered = false
        var completed = false
    }

    init(
        envelope: SMTPEnvelope, configuration: SMTPMailerConfiguration, eventLoop: any EventLoop,
        log: @escaping @Sendable (LogRecord) -> Void, completion: @escaping @Sendable (Bool) -> Void
    ) {
        self.configuration = configuration
        self.eventLoop = eventLoop
        self.log = log
        self.completion = completion
        let machine = SMTPSessionStateMachine(envelope: envelope, timeout: configuration.timeout, now: Self.now())
        state = Mutex(State(machine: machine))
    }

    /// The event loop's clock, which scheduled tasks use too: a task due at a deadline never runs
    /// before the state machine agrees the deadline has passed.
    static func now() -> MonotonicInstant {
        MonotonicInstant(nanoseconds: Int64(clamping: NIODeadline.now().uptimeNanoseconds))
    }

    func start() {
        eventLoop.execute { [self] in
            armTimer()
            // NIO's own connect timeout is a backstop; the state machine's deadline comes first.
            ClientBootstrap(group: eventLoop)
                .connectTimeout(.nanoseconds(configuration.timeout.nanosecondsClamped) + .seconds(1))
                .channelInitializer { [self] channel in
                    attach(channel)
                    return channel.pipeline.addHandler(SMTPChannelHandler(session: self))
                }
                .connect(host: configuration.host, port: configuration.port)
                .whenFailure { [self] error in handle(.connectFailed(reason: "\(error)")) }
        }
    }

    /// Feeds one event to the state machine and performs what it answers.
    func handle(_ event: SMTPSessionStateMachine.Event) {
        let (actions, channel) = state.withLock { state in
            (state.machine.handle(event, now: Self.now()), state.channel)
        }
        for action in actions { perform(action, on: channel) }
        armTimer()
    }

    private func attach(_ channel: any Channel) {
        let finished = state.withLock { state in
            state.channel = channel
            return state.machine.isFinished
        }
        if finished { channel.close(promise: nil) }
    }

    private func perform(_ action: SMTPSessionStateMachine.Action, on channel: (any Channel)?) {
        let server = configuration.serverLabel
        switch action {
        case .send(let text):
            channel?.writeAndFlush(ByteBuffer(string: text), promise: nil)
        case .delivered:
            state.withLock { $0.delivered = true }
            log(.info("SMTP alert successfully sent."))
        case .recipientRejected(let recipient, let reply):
            log(.warning("SMTP server \(server) refused recipient <\(recipient)>: \(reply)"))
        case .failed(let failure):
            log(.error(failure.logLine(server: server)))
        case .close:
            channel?.close(promise: nil)
            complete()
        }
    }

    private func complete() {
        let outcome = state.withLock { state -> Bool? in
            guard !state.completed else { return nil }
            state.completed = true
            state.timer?.cancel()
            state.timer = nil
            return state.delivered
        }
        if let outcome { completion(outcome) }
    }

    private func armTimer() {
        state.withLock { state in
            state.timer?.cancel()
            state.timer = nil
            guard let deadline = state.machine.nextDeadline else { return }
            let due = NIODeadline.uptimeNanoseconds(UInt64(clamping: max(0, deadline.nanoseconds)))
            state.timer = eventLoop.scheduleTask(deadline: due) { [self] in handle(.deadlineReached) }
        }
    }
}
