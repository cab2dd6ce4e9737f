/// One SMTP alert, laid out as keepalived lays it out (Docs/Keepalived.md §6.4): `Date`, `From`,
/// `Subject`, `X-Mailer` and `To` headers, a blank line, one body line.
public struct AlertMessage: Hashable, Sendable {
    /// `MAIL FROM:<…>` and the `From:` header.
    public var sender: String
    /// One `RCPT TO:<…>` each; joined by `, ` in the `To:` header.
    public var recipients: [String]
    public var subject: String
    public var body: String
    public var date: MailDate
    public var mailerName: String

    public init(
        sender: String, recipients: [String], subject: String, body: String, date: MailDate,
        mailerName: String = "Keepalived"
    ) {
        self.sender = sender
        self.recipients = recipients
        self.subject = subject
        self.body = body
        self.date = date
        self.mailerName = mailerName
    }

    /// The header fields in keepalived's order (RFC 5322 section 3.6), folded onto one line each.
    public var headers: [(name: String, value: String)] {
        [
            ("Date", date.description), ("From", sender), ("Subject", subject), ("X-Mailer", mailerName),
            ("To", recipients.joined(separator: ", ")),
        ].map { ($0.0, Self.singleLine($0.1)) }
    }

    /// The message as sent after `DATA`, before dot-stuffing: CRLF line ends, ending in CRLF
    /// (RFC 5321 section 4.5.2 adds the `.` line).
    public var content: String {
        let head = headers.map { "\($0.name): \($0.value)\r\n" }.joined()
        // Swift reads CR LF as one Character, so both line ends split here.
        let lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        return head + "\r\n" + lines.joined(separator: "\r\n") + "\r\n"
    }

    // A CR or LF inside a header value would start a new header (header injection): keep one line.
    private static func singleLine(_ value: String) -> String {
        String(value.map { $0 == "\r" || $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }
}
