/// One SMTP reply: a three-digit code and its text lines, one per line of a multi-line reply
/// (RFC 5321 section 4.2).
public struct SMTPReply: Hashable, Sendable, CustomStringConvertible {
    public var code: Int
    public var lines: [String]

    public init(code: Int, lines: [String] = []) {
        self.code = code
        self.lines = lines
    }

    /// 2yz: the command was accepted (RFC 5321 section 4.2.1).
    public var isPositiveCompletion: Bool { (200..<300).contains(code) }
    /// 3yz: go on (354 after `DATA`).
    public var isPositiveIntermediate: Bool { (300..<400).contains(code) }

    /// `550 5.7.1 Relaying denied`, the last line's text.
    public var description: String {
        guard let text = lines.last, !text.isEmpty else { return "\(code)" }
        return "\(code) \(text)"
    }
}
