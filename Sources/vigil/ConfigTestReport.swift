import Glibc
import KeepalivedConfig

/// Writes the diagnostics of a configuration test, GCC-style, followed by a one-line summary.
enum ConfigTestReport {
    enum Stream {
        case standardError
    }

    static func text(_ result: ConfigLoadResult) -> String {
        var text = result.renderedDiagnostics
        if !text.isEmpty { text += "\n" }
        // What sets the exit status is counted as an error (a script-security violation, a finding keepalived
        // reports as a configuration error), whatever vigil's own severity for it.
        let errors = result.diagnostics.filter { $0.severity == .error || $0.exitClass != .none }.count
        let warnings = result.diagnostics.count - errors
        if errors + warnings > 0 {
            text += "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
        }
        return text
    }

    static func write(_ result: ConfigLoadResult, to stream: Stream) {
        let text = text(result)
        guard !text.isEmpty else { return }
        writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Writes every byte to a file descriptor, retrying interrupted and partial writes.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    static func write(_ result: ConfigLoadResult, toFile path: String) throws {
        guard let file = fopen(path, "w") else { throw FileError(path: path, code: errno) }
        defer { fclose(file) }
        fputs(text(result), file)
    }

    struct FileError: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "cannot write '\(path)': \(String(cString: strerror(code)))" }
    }
}
