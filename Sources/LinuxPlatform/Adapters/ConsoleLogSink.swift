import Engine
import Glibc
import Runtime

/// Writes log lines to standard error as keepalived does with `-l`: `Sun Nov 23 10:49:45 2026: text`.
/// Debug lines appear only with `-D`. One write(2) per line keeps concurrent lines whole.
public struct ConsoleLogSink: LogSink {
    /// Whether debug lines are written (`-D`).
    public let showsDetail: Bool
    private let descriptor: Int32

    /// A sink writing to `descriptor`, standard error unless told otherwise.
    public init(showsDetail: Bool, descriptor: Int32 = STDERR_FILENO) {
        self.showsDetail = showsDetail
        self.descriptor = descriptor
    }

    public func write(_ record: LogRecord) {
        if record.level == .debug && !showsDetail { return }
        let line = Array("\(Self.timestamp()): \(record.message)\n".utf8)
        _ = try? System.write(descriptor, line)
    }

    /// The local time in ctime(3) layout without the newline.
    static func timestamp() -> String {
        System.format(System.localTime().parts, "%a %b %e %H:%M:%S %Y")
    }

    /// The local time as syslog(3) writes it: `Dec  6 12:15:44`.
    static func syslogTimestamp() -> String {
        System.format(System.localTime().parts, "%b %e %H:%M:%S")
    }
}
