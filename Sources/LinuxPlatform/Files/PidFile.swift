import Glibc

/// A pid file (`-p`, `-r`; Docs/Keepalived.md §6.1): refuses to start over a live daemon, holds
/// our pid while we run, and is removed when we stop.
public struct PidFile: Sendable {
    /// Why the pid file was not claimed.
    public enum PidFileError: Error, Hashable, CustomStringConvertible {
        case alreadyRunning(path: String, pid: Int32)
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .alreadyRunning(let path, let pid): "daemon is already running (pid \(pid), from \(path))"
            case .cannotWrite(let path, let reason): "cannot write pid file \(path): \(reason)"
            }
        }
    }

    /// Where the pid is kept.
    public let path: String

    /// The pid file at `path`; nothing is read or written yet.
    public init(path: String) { self.path = path }

    /// The pid recorded in the file's first line, if it holds one.
    public func recordedPID() -> Int32? {
        guard let fd = try? System.open(path, flags: O_RDONLY) else { return nil }
        defer { System.close(fd) }
        guard let bytes = try? System.read(fd, upTo: 31), !bytes.isEmpty else { return nil }
        let text = String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        return Int32(text.trimmingNewline())
    }

    /// Writes our pid, unless the file names another process that is still alive.
    public func claim() throws(PidFileError) {
        let ours = System.processID()
        if let pid = recordedPID(), pid != ours, System.processExists(pid) {
            throw .alreadyRunning(path: path, pid: pid)
        }
        do {
            let fd = try System.open(path, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: 0o644)
            defer { System.close(fd) }
            try System.writeAll(fd, Array("\(ours)\n".utf8))
        } catch {
            throw .cannotWrite(path: path, reason: error.reason)
        }
    }

    /// Removes the file if it still names us.
    public func release() {
        if recordedPID() == System.processID() { try? System.unlink(path) }
    }
}

extension String {
    fileprivate func trimmingNewline() -> Substring {
        self[...].drop { $0 == " " }.prefix { $0 != "\n" && $0 != " " }
    }
}
