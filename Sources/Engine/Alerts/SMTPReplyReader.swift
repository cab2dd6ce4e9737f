/// Frames a server's byte stream into replies: lines end in CRLF (a bare LF is accepted), and
/// `250-…` lines continue a reply that the first `250 …` line ends (RFC 5321 section 4.2.1).
public struct SMTPReplyReader: Sendable {
    /// Longest line accepted, CRLF excluded; RFC 5321 section 4.5.3.1.5 sets 512 with CRLF.
    public static let maximumLineLength = 2048

    private var pending: [UInt8] = []
    private var continued: [String] = []

    public init() {}

    /// Takes received bytes and returns every reply they complete, in order.
    public mutating func append(_ bytes: [UInt8]) throws(SMTPReplyError) -> [SMTPReply] {
        pending += bytes
        var replies: [SMTPReply] = []
        while let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
            var line = Array(pending[..<end])
            pending.removeSubrange(...end)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if let reply = try take(line) { replies.append(reply) }
        }
        if pending.count > Self.maximumLineLength { throw .lineTooLong }
        return replies
    }

    private mutating func take(_ line: [UInt8]) throws(SMTPReplyError) -> SMTPReply? {
        if line.count > Self.maximumLineLength { throw .lineTooLong }
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
