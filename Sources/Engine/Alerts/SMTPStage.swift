/// Where an SMTP session is, named after the command whose reply it waits for.
public enum SMTPStage: Hashable, Sendable, CustomStringConvertible {
    case connecting
    /// Waiting for the 220 greeting (RFC 5321 section 4.3.1).
    case greeting
    case helo
    case mail
    case recipient
    case data
    /// The message was sent; waiting for the reply to the final `.`.
    case content
    case quit
    case finished

    /// The command keepalived names in its log lines (`Error processing HELO cmd …`).
    public var description: String {
        switch self {
        case .connecting: "CONNECT"
        case .greeting: "greeting"
        case .helo: "HELO"
        case .mail: "MAIL"
        case .recipient: "RCPT"
        case .data: "DATA"
        case .content: "DOT"
        case .quit: "QUIT"
        case .finished: "END"
        }
    }
}
