import Glibc

/// Writes whole text files (the data and statistics dumps).
package enum TextFile {
    /// Why a file could not be written.
    package struct WriteError: Error, CustomStringConvertible {
        package var path: String
        package var reason: String
        package var description: String { "cannot write \(path): \(reason)" }
    }

    /// Creates or truncates `path` (mode 0644) and writes `text` to it.
    package static func write(_ text: String, to path: String) throws(WriteError) {
        do {
            let fd = try System.open(path, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: 0o644)
            defer { System.close(fd) }
            try System.writeAll(fd, Array(text.utf8))
        } catch {
            throw WriteError(path: path, reason: error.reason)
        }
    }
}
