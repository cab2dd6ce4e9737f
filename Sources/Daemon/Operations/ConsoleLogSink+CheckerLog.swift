import Engine
import LinuxPlatform

extension ConsoleLogSink {
    /// Writes one of the checker service's lines with the same severity.
    func write(checker line: CheckerLogLine) {
        let level: LogLevel =
            switch line.severity {
            case .debug: .debug
            case .info: .info
            case .warning: .warning
            case .error: .error
            }
        write(LogRecord(level, line.message))
    }
}
