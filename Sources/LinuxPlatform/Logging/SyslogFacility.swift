/// The syslog facility of `-S` (keepalived: `0`-`7` for LOG_LOCAL0-7, `user` or `daemon`, the default).
public enum SyslogFacility: Hashable, Sendable {
    case user
    case daemon
    /// LOG_LOCAL0 ... LOG_LOCAL7.
    case local(UInt8)

    /// The facility code (RFC 3164 §4.1.1: user 1, daemon 3, local0-7 16-23).
    public var code: Int {
        switch self {
        case .user: 1
        case .daemon: 3
        case .local(let n): 16 + Int(n)
        }
    }

    /// `-S`'s value: a digit 0-7, `user` or `daemon`, as keepalived 2.2.7 accepts; nil otherwise
    /// (keepalived also rejects `local3`).
    public init?(option text: String) {
        switch text {
        case "user": self = .user
        case "daemon": self = .daemon
        default:
            guard text.count == 1, let n = UInt8(text), n <= 7 else { return nil }
            self = .local(n)
        }
    }
}
