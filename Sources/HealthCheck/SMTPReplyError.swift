/// A server's bytes that are not an SMTP reply.
public enum SMTPReplyError: Error, Hashable, Sendable {
    /// A line without the three-digit code and separator of RFC 5321 section 4.2.
    case malformedLine(String)
    /// A line longer than the reader's `lineLimit` (RFC 5321 section 4.5.3.1.5 allows 512).
    case lineTooLong
}
