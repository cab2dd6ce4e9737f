import Engine
import Logging
import Runtime

/// The `LogSink` port on swift-log: the pure modules keep emitting `LogRecord`s, and this adapter
/// hands each to a swift-log `Logger`, behind which any backend may sit (Vigil's console, syslog and
/// file outputs, or an embedding's own). Debug records pass the `Logger`'s level only with `-D`.
public struct SwiftLogSink: LogSink {
    /// The logger records go to.
    public let logger: Logger

    /// A sink writing to `logger`.
    public init(logger: Logger) {
        self.logger = logger
    }

    public func write(_ record: LogRecord) {
        logger.log(level: Self.level(record.level), "\(record.message)")
    }

    /// swift-log's level for a record's.
    public static func level(_ level: LogLevel) -> Logger.Level {
        switch level {
        case .debug: .debug
        case .info: .info
        case .warning: .warning
        case .error: .error
        }
    }
}
