import Logging

/// Where `VigilLogHandler` puts a line: the console, syslog or a file. Writing must not block for long.
public protocol LogOutput: Sendable {
    /// Writes one message (possibly of several lines) at `level`.
    func write(_ message: String, level: Logger.Level)
}
