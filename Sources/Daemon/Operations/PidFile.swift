import Glibc

/// A pid file (`-p`, `-r`; keepalived-behaviour 6.1): refuses to start over a live daemon, holds
/// our pid while we run, and is removed when we stop.
public struct PidFile: Sendable {
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

    public let path: String

    public init(path: String) { self.path = path }

    /// The pid recorded in the file, if it holds one.
    public func recordedPID() -> Int32? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 32)
        guard fgets(&buffer, Int32(buffer.count), file) != nil else { return nil }
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return Int32(text.trimmingNewline())
    }

    /// Writes our pid, unless the file names another process that is still alive.
    public func claim() throws(PidFileError) {
        if let pid = recordedPID(), pid != getpid(), kill(pid, 0) == 0 || errno == EPERM {
            throw .alreadyRunning(path: path, pid: pid)
        }
        let text = "\(getpid())\n"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard write(fd, bytes, bytes.count) == bytes.count else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Removes the file if it still names us.
    public func release() {
        if recordedPID() == getpid() { unlink(path) }
    }
}

extension String {
    fileprivate func trimmingNewline() -> Substring {
        self[...].drop { $0 == " " }.prefix { $0 != "\n" && $0 != " " }
    }
}
