/// One log line, worded as keepalived words it where keepalived has a line for it.
public struct LogRecord: Hashable, Sendable, CustomStringConvertible {
    public var level: LogLevel
    public var message: String

    public init(_ level: LogLevel, _ message: String) {
        self.level = level
        self.message = message
    }

    public static func info(_ message: String) -> LogRecord { LogRecord(.info, message) }
    public static func warning(_ message: String) -> LogRecord { LogRecord(.warning, message) }
    public static func error(_ message: String) -> LogRecord { LogRecord(.error, message) }
    public static func debug(_ message: String) -> LogRecord { LogRecord(.debug, message) }

    public var description: String { message }
}

/// Syslog-like severities; `debug` lines appear only with `-D`.
public enum LogLevel: Int, Hashable, Sendable, Comparable, CaseIterable {
    case debug, info, warning, error

    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
