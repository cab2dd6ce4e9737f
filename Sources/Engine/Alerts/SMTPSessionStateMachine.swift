import HealthCheck
import NetworkPrimitives

/// The client side of one plain SMTP session (RFC 5321 section 3.3) delivering one alert as
/// keepalived does: greeting, `HELO`, `MAIL FROM`, one `RCPT TO` per recipient, `DATA`, the
/// message, `QUIT`. One command in flight at a time (no pipelining). `smtp_connect_timeout`
/// bounds the connect and every wait for a reply, as in keepalived.
///
/// ```
/// connecting -connected-> greeting -220-> helo -2xx-> mail -2xx-> recipient* -2xx(any)-> data
///   -354-> content -2xx/delivered-> quit -reply or close-> finished
/// any unexpected reply: failed, QUIT, quit;  timeout, close, garbage: failed, close, finished
/// ```
public struct SMTPSessionStateMachine: Sendable {
    public enum Event: Hashable, Sendable {
        /// The TCP connection is established.
        case connected
        /// The connection could not be made.
        case connectFailed(reason: String)
        /// Bytes from the server.
        case received([UInt8])
        /// The server closed the connection.
        case connectionClosed
        /// `nextDeadline` has passed; spurious wake-ups are ignored.
        case deadlineReached
    }

    public enum Action: Hashable, Sendable {
        /// Write this text to the server.
        case send(String)
        /// The server accepted the message (keepalived logs `SMTP alert successfully sent.`).
        case delivered
        /// One recipient was refused; the others still get the message.
        case recipientRejected(String, SMTPReply)
        /// The message will not be delivered.
        case failed(SMTPFailure)
        /// Close the connection: the session is over.
        case close
    }

    public let envelope: SMTPEnvelope
    public let timeout: Duration
    public private(set) var stage: SMTPStage = .connecting
    /// When the current wait gives up; nil once finished.
    public private(set) var nextDeadline: MonotonicInstant?
    private var reader = SMTPReplyReader()
    private var nextRecipient = 0
    private var accepted = 0
    private var lastRejection: SMTPReply?

    public init(envelope: SMTPEnvelope, timeout: Duration, now: MonotonicInstant) {
        self.envelope = envelope
        self.timeout = timeout
        nextDeadline = now + timeout
    }

    public var isFinished: Bool { stage == .finished }

    public mutating func handle(_ event: Event, now: MonotonicInstant) -> [Action] {
        switch (event, stage) {
        case (_, .finished):
            return []
        case (.connected, .connecting):
            return expectReply(.greeting, now: now)
        case (.connectFailed(let reason), .connecting):
            return finish(.failed(.connectFailed(reason: reason)))
        case (.received(let bytes), _):
            return receive(bytes, now: now)
        case (.connectionClosed, .quit):
            return finish()
        case (.connectionClosed, let stage):
            return finish(.failed(.connectionClosed(stage)))
        case (.deadlineReached, let stage):
            return deadlineReached(in: stage, now: now)
        case (.connected, _), (.connectFailed, _):
            return []
        }
    }

    private mutating func deadlineReached(in stage: SMTPStage, now: MonotonicInstant) -> [Action] {
        guard let deadline = nextDeadline, now >= deadline else { return [] }
        switch stage {
        case .connecting: return finish(.failed(.connectTimedOut))
        case .quit: return finish()
        case .greeting, .helo, .mail, .recipient, .data, .content, .finished:
            return finish(.failed(.timedOut(stage)))
        }
    }

    private mutating func receive(_ bytes: [UInt8], now: MonotonicInstant) -> [Action] {
        let replies: [SMTPReply]
        do {
            replies = try reader.append(bytes)
        } catch {
            return finish(.failed(.malformedReply(error)))
        }
        var actions: [Action] = []
        for reply in replies where stage != .finished {
            actions += answer(reply, now: now)
        }
        return actions
    }

    private mutating func answer(_ reply: SMTPReply, now: MonotonicInstant) -> [Action] {
        switch stage {
        case .greeting where reply.code == 220:
            return send("HELO \(envelope.heloName)\r\n", expecting: .helo, now: now)
        case .helo where reply.isPositiveCompletion:
            return send("MAIL FROM:<\(envelope.sender)>\r\n", expecting: .mail, now: now)
        case .mail where reply.isPositiveCompletion:
            return nextRecipientOrData(now: now)
        case .recipient:
            return recipientAnswered(reply, now: now)
        case .data where reply.isPositiveIntermediate:
            return send(envelope.dataPayload, expecting: .content, now: now)
        case .content where reply.isPositiveCompletion:
            return [.delivered] + send("QUIT\r\n", expecting: .quit, now: now)
        case .quit:
            return finish()
        case .connecting, .finished:
            return []
        case .greeting, .helo, .mail, .data, .content:
            return [.failed(.rejected(stage, reply))] + send("QUIT\r\n", expecting: .quit, now: now)
        }
    }

    private mutating func recipientAnswered(_ reply: SMTPReply, now: MonotonicInstant) -> [Action] {
        var actions: [Action] = []
        if reply.isPositiveCompletion {
            accepted += 1
        } else {
            lastRejection = reply
            actions.append(.recipientRejected(envelope.recipients[nextRecipient - 1], reply))
        }
        return actions + nextRecipientOrData(now: now)
    }

    private mutating func nextRecipientOrData(now: MonotonicInstant) -> [Action] {
        if nextRecipient < envelope.recipients.count {
            let recipient = envelope.recipients[nextRecipient]
            nextRecipient += 1
            return send("RCPT TO:<\(recipient)>\r\n", expecting: .recipient, now: now)
        }
        if accepted > 0 { return send("DATA\r\n", expecting: .data, now: now) }
        let failure = SMTPFailure.rejected(.recipient, lastRejection ?? SMTPReply(code: 554, lines: ["no recipients"]))
        return [.failed(failure)] + send("QUIT\r\n", expecting: .quit, now: now)
    }

    private mutating func send(_ text: String, expecting next: SMTPStage, now: MonotonicInstant) -> [Action] {
        [.send(text)] + expectReply(next, now: now)
    }

    private mutating func expectReply(_ next: SMTPStage, now: MonotonicInstant) -> [Action] {
        stage = next
        nextDeadline = now + timeout
        return []
    }

    private mutating func finish(_ actions: Action...) -> [Action] {
        stage = .finished
        nextDeadline = nil
        return actions + [.close]
    }
}
