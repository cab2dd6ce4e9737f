/// One log line of the checker side, worded as keepalived's checker process words it where it has
/// a line for the event (operators grep for these).
public struct CheckerLogLine: Hashable, Sendable, CustomStringConvertible {
    /// Syslog-like severities; `debug` lines are for `-D` only.
    public enum Severity: Int, Hashable, Sendable, Comparable {
        case debug, info, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var severity: Severity
    public var message: String

    public init(_ severity: Severity, _ message: String) {
        self.severity = severity
        self.message = message
    }

    public static func info(_ message: String) -> CheckerLogLine { CheckerLogLine(.info, message) }
    public static func warning(_ message: String) -> CheckerLogLine { CheckerLogLine(.warning, message) }
    public static func error(_ message: String) -> CheckerLogLine { CheckerLogLine(.error, message) }
    public static func debug(_ message: String) -> CheckerLogLine { CheckerLogLine(.debug, message) }

    public var description: String { message }
}
