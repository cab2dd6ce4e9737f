/// Frames a server's byte stream into replies: lines end in CRLF (a bare LF is accepted), and
/// `250-…` lines continue a reply that the first `250 …` line ends (RFC 5321 section 4.2.1).
/// The one SMTP reply parser: the alert mailer's session (Engine's `SMTPSessionStateMachine`) and
/// SMTP_CHECK's dialogue (`SMTPConversation`) both read replies with it.
public struct SMTPReplyReader: Sendable {
    /// Longest line accepted by default, CRLF excluded; RFC 5321 section 4.5.3.1.5 sets 512 with CRLF.
    public static let maximumLineLength = 2048

    /// Longest line this reader accepts, CRLF excluded.
    public let lineLimit: Int
    private var pending: [UInt8] = []
    private var continued: [String] = []

    public init(lineLimit: Int = maximumLineLength) {
        self.lineLimit = lineLimit
    }

    /// Takes received bytes and returns every reply they complete, in order.
    public mutating func append(_ bytes: some Collection<UInt8>) throws(SMTPReplyError) -> [SMTPReply] {
        pending += bytes
        var replies: [SMTPReply] = []
        while let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
            var line = Array(pending[..<end])
            pending.removeSubrange(...end)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if let reply = try take(line: line) { replies.append(reply) }
        }
        if pending.count > lineLimit { throw .lineTooLong }
        return replies
    }

    /// Takes one line without its line ending; returns the reply it completes, nil when it
    /// continues one (`250-…`).
    public mutating func take(line: some Collection<UInt8>) throws(SMTPReplyError) -> SMTPReply? {
        let line = Array(line)
        if line.count > lineLimit { throw .lineTooLong }
        let text = String(decoding: line, as: UTF8.self)
        guard line.count >= 3, let code = Self.code(line.prefix(3)) else { throw .malformedLine(text) }
        let separator = line.count > 3 ? line[3] : UInt8(ascii: " ")
        let rest = line.count > 4 ? String(decoding: line[4...], as: UTF8.self) : ""
        switch separator {
        case UInt8(ascii: "-"):
            continued.append(rest)
            return nil
        case UInt8(ascii: " "):
            // The code of the last line is the reply's code (RFC 5321 section 4.2.1 wants them equal).
            defer { continued = [] }
            return SMTPReply(code: code, lines: continued + [rest])
        default:
            throw .malformedLine(text)
        }
    }

    private static func code(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return (200..<600).contains(value) ? value : nil
    }
}
