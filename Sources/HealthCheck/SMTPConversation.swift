/// SMTP_CHECK's dialogue (Docs/Keepalived.md §2.3): greeting 220, `HELO name` answered with 250, then `QUIT`.
/// Replies are read with `SMTPReplyReader`, so they may span several lines (RFC 5321 §4.2.1:
/// `DDD-text` continues, `DDD text` ends). Like keepalived, any reply to QUIT ends the check successfully.
public struct SMTPConversation: Sendable {
    /// What the check does next.
    public enum Action: Hashable, Sendable {
        /// Nothing to do until the next line.
        case wait
        case send(String)
        case succeed
        case fail(String)
    }

    private enum Step: Hashable, Sendable {
        case greeting
        case helo
        case quit
        case done
    }

    /// Lines longer than this end the check (RFC 5321 §4.5.3.1.5 allows 512 octets).
    public static let lineLimit = 4096

    public let heloName: String
    private var step = Step.greeting
    private var reader = SMTPReplyReader(lineLimit: lineLimit)

    public init(heloName: String) { self.heloName = heloName }

    /// True once the check has succeeded or failed.
    public var isFinished: Bool { step == .done }

    /// Handles one reply line, without its CRLF.
    public mutating func receive(line: some Collection<UInt8>) -> Action {
        guard step != .done else { return .wait }
        do throws(SMTPReplyError) {
            guard let reply = try reader.take(line: line) else { return .wait }
            return advance(code: reply.code)
        } catch {
            return fail(error)
        }
    }

    /// Handles received bytes: the actions for every reply they complete, in order, none after the
    /// check has ended.
    public mutating func receive(_ bytes: some Collection<UInt8>) -> [Action] {
        guard step != .done else { return [] }
        let replies: [SMTPReply]
        do throws(SMTPReplyError) {
            replies = try reader.append(bytes)
        } catch {
            return [fail(error)]
        }
        var actions: [Action] = []
        for reply in replies where step != .done { actions.append(advance(code: reply.code)) }
        return actions
    }

    private mutating func fail(_ error: SMTPReplyError) -> Action {
        step = .done
        switch error {
        case .malformedLine: return .fail("malformed SMTP reply")
        case .lineTooLong: return .fail("SMTP reply line too long")
        }
    }

    private mutating func advance(code: Int) -> Action {
        switch step {
        case .greeting where code == 220:
            step = .helo
            return .send("HELO \(heloName)\r\n")
        case .greeting:
            step = .done
            return .fail("bad SMTP greeting \(code)")
        case .helo where code == 250:
            step = .quit
            return .send("QUIT\r\n")
        case .helo:
            step = .done
            return .fail("bad HELO response \(code)")
        case .quit:
            step = .done
            return .succeed
        case .done:
            return .wait
        }
    }
}
