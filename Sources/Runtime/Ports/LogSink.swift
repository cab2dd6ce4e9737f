import Engine

/// Where log lines go (console, file, syslog); writing must not block for long.
public protocol LogSink: Sendable {
    func write(_ record: LogRecord)
}
