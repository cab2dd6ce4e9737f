import Engine
import Glibc
import Runtime

/// Writes log lines to standard error as keepalived does with `-l`: `Sun Nov 23 10:49:45 2026: text`.
/// Debug lines appear only with `-D`. One write(2) per line keeps concurrent lines whole.
public struct ConsoleLogSink: LogSink {
    public let showsDetail: Bool
    private let descriptor: Int32

    public init(showsDetail: Bool, descriptor: Int32 = STDERR_FILENO) {
        self.showsDetail = showsDetail
        self.descriptor = descriptor
    }

    public func write(_ record: LogRecord) {
        if record.level == .debug && !showsDetail { return }
        let line = Array("\(Self.timestamp()): \(record.message)\n".utf8)
        _ = line.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    }

    /// The local time in ctime(3) layout without the newline.
    static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 64)
        let count = strftime(&buffer, buffer.count, "%a %b %e %H:%M:%S %Y", &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
