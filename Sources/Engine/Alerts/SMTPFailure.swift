import HealthCheck

/// Why an SMTP alert was not delivered; `logLine(server:)` words it as keepalived's `smtp.c` does.
public enum SMTPFailure: Hashable, Sendable {
    /// No connection within `smtp_connect_timeout`.
    case connectTimedOut
    /// The connection was refused or could not be attempted (no route, name not resolved).
    case connectFailed(reason: String)
    /// The server answered a command, or greeted, with a reply other than the expected one.
    case rejected(SMTPStage, SMTPReply)
    /// No reply within `smtp_connect_timeout` (keepalived applies it to every step).
    case timedOut(SMTPStage)
    /// The server closed the connection before the message was accepted.
    case connectionClosed(SMTPStage)
    /// The server sent something that is not an SMTP reply.
    case malformedReply(SMTPReplyError)

    /// `Error processing RCPT cmd on SMTP server [192.0.2.1]:25. SMTP status code = 550 (…)`.
    public func logLine(server: String) -> String {
        switch self {
        case .connectTimedOut: return "Timeout connecting SMTP server \(server)."
        case .connectFailed(let reason): return "SMTP connection ERROR to \(server). (\(reason))"
        case .rejected(.greeting, let reply):
            return "Error connecting SMTP server \(server). SMTP status code = \(Self.status(reply))"
        case .rejected(let stage, let reply):
            return "Error processing \(stage) cmd on SMTP server \(server). SMTP status code = \(Self.status(reply))"
        case .timedOut: return "Timeout reading data to remote SMTP server \(server)."
        case .connectionClosed: return "Remote SMTP server \(server) has closed the connection."
        case .malformedReply(.lineTooLong):
            return "Received buffer from remote SMTP server \(server) overflow our get read buffer length."
        case .malformedReply(.malformedLine(let line)):
            return "Can not read data from remote SMTP server \(server). (malformed reply '\(Self.printable(line.prefix(80)))')"
        }
    }

    /// A hostile server's bytes go to the log: control characters (a NUL, an escape sequence) become `?`.
    static func printable(_ text: Substring) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
    }

    private static func status(_ reply: SMTPReply) -> String {
        guard let text = reply.lines.last, !text.isEmpty else { return "\(reply.code)" }
        return "\(reply.code) (\(text))"
    }
}
