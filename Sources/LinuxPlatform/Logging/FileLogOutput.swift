import Glibc
import Logging

/// `-g FILE`: the console's lines appended to a file (created 0640 if missing), kept open while Vigil runs.
public final class FileLogOutput: LogOutput {
    /// The file written.
    public let path: String
    private let descriptor: Int32

    /// Opens `path` for appending.
    public init(path: String) throws(SystemError) {
        self.path = path
        descriptor = try System.open(path, flags: O_WRONLY | O_CREAT | O_APPEND, mode: 0o640)
    }

    deinit { System.close(descriptor) }

    public func write(_ message: String, level: Logger.Level) {
        _ = try? System.write(descriptor, Array("\(ConsoleLogSink.timestamp()): \(message)\n".utf8))
    }
}
