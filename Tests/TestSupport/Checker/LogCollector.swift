import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Runtime
import Synchronization

/// Collects log lines.
public final class LogCollector: LogSink {
    public init() {}

    private let lines = Mutex<[LogRecord]>([])

    public var records: [LogRecord] { lines.withLock { $0 } }
    public var messages: [String] { lines.withLock { $0.map(\.message) } }

    public func write(_ record: LogRecord) { lines.withLock { $0.append(record) } }

    /// `write`, for closures that take a line.
    public func record(_ line: LogRecord) { write(line) }
}
