/// SMTP_CHECK's dialogue (reference §2.3): greeting 220, `HELO name` answered with 250, then `QUIT`.
/// Replies may span several lines (RFC 5321 §4.2.1: `DDD-text` continues, `DDD text` ends).
/// Like keepalived, any reply to QUIT ends the check successfully.
struct SMTPConversation: Hashable, Sendable {
    enum Action: Hashable, Sendable {
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
    static let lineLimit = 4096

    let heloName: String
    private var step = Step.greeting

    init(heloName: String) { self.heloName = heloName }

    /// Handles one reply line, without its CRLF.
    mutating func receive(line: some Collection<UInt8>) -> Action {
        guard step != .done else { return .wait }
        guard let (code, isLast) = Self.parse(line) else {
            step = .done
            return .fail("malformed SMTP reply")
        }
        guard isLast else { return .wait }
        return advance(code: code)
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

    /// The reply code and whether this is the reply's last line.
    static func parse(_ line: some Collection<UInt8>) -> (code: Int, isLast: Bool)? {
        let bytes = Array(line.prefix(4))
        guard bytes.count >= 3, bytes[0...2].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let code = bytes[0...2].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard bytes.count == 4 else { return (code, true) }
        switch bytes[3] {
        case UInt8(ascii: "-"): return (code, false)
        case UInt8(ascii: " "): return (code, true)
        default: return nil
        }
    }
}
