import Glibc
import Logging

/// Lines on standard error as keepalived writes them with `-l`: `Sun Nov 23 10:49:45 2026: text`.
/// One write(2) per message keeps concurrent lines whole.
public struct ConsoleLogOutput: LogOutput {
    private let descriptor: Int32

    /// An output on `descriptor`, standard error unless told otherwise.
    public init(descriptor: Int32 = STDERR_FILENO) {
        self.descriptor = descriptor
    }

    public func write(_ message: String, level: Logger.Level) {
        _ = try? System.write(descriptor, Array("\(ConsoleLogSink.timestamp()): \(message)\n".utf8))
    }
}
