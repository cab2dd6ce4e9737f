import Glibc

/// What `stat`/`lstat` report about a path, as far as the daemon asks.
package struct PathStatus: Hashable, Sendable {
    /// The kind of file (`st_mode & S_IFMT`).
    package enum Kind: Hashable, Sendable {
        case regular
        case directory
        case socket
        case fifo
        case other
    }

    package var kind: Kind
    /// `st_size` in bytes.
    package var size: Int
    /// `st_ino`.
    package var inode: UInt
    /// `st_uid`.
    package var ownerID: uid_t

    init(_ status: stat) {
        kind =
            switch status.st_mode & S_IFMT {
            case S_IFREG: .regular
            case S_IFDIR: .directory
            case S_IFSOCK: .socket
            case S_IFIFO: .fifo
            default: .other
            }
        size = Int(status.st_size)
        inode = UInt(status.st_ino)
        ownerID = status.st_uid
    }
}

extension System {
    /// `open` with a creation mode (close-on-exec added).
    package static func open(_ path: String, flags: Int32, mode: mode_t) throws(SystemError) -> Int32 {
        try retrying("open(\(path))") { Glibc.open(path, flags | O_CLOEXEC, mode) }
    }

    /// `fstat` of an open descriptor.
    package static func status(of fd: Int32) throws(SystemError) -> PathStatus {
        var info = stat()
        _ = try retrying("fstat") { Glibc.fstat(fd, &info) }
        return PathStatus(info)
    }

    /// `lstat` of `path` (a symbolic link is reported as itself).
    package static func linkStatus(_ path: String) throws(SystemError) -> PathStatus {
        var info = stat()
        _ = try retrying("lstat") { Glibc.lstat(path, &info) }
        return PathStatus(info)
    }

    /// `read` into a fresh array of at most `count` bytes; empty at end of file.
    package static func read(_ fd: Int32, upTo count: Int) throws(SystemError) -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: count)
        let read = try retrying("read") { chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) } }
        chunk.removeSubrange(read...)
        return chunk
    }

    /// Writes every byte of `bytes` to a blocking descriptor, resuming after partial writes.
    package static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(SystemError) {
        var rest = bytes[...]
        while !rest.isEmpty {
            let written = try retrying("write") { rest.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } }
            guard written > 0 else { throw SystemError(call: "write", errno: EIO) }
            rest = rest.dropFirst(written)
        }
    }

    /// The names in directory `path`, without `.` and `..`.
    package static func directoryEntries(_ path: String) throws(SystemError) -> [String] {
        guard let directory = opendir(path) else { throw SystemError(call: "opendir", errno: Glibc.errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// `unlink`.
    package static func unlink(_ path: String) throws(SystemError) {
        _ = try retrying("unlink") { Glibc.unlink(path) }
    }

    /// `mkfifo`.
    package static func makeFIFO(_ path: String, mode: mode_t) throws(SystemError) {
        _ = try retrying("mkfifo") { Glibc.mkfifo(path, mode) }
    }

    /// `chown`; `uid_t.max` / `gid_t.max` (-1) leave the owner or the group as it is.
    package static func changeOwner(_ path: String, user: uid_t, group: gid_t) throws(SystemError) {
        _ = try retrying("chown(\(path))") { Glibc.chown(path, user, group) }
    }

    /// `mkdir`.
    package static func makeDirectory(_ path: String, mode: mode_t) throws(SystemError) {
        _ = try retrying("mkdir") { Glibc.mkdir(path, mode) }
    }

    /// `chmod`.
    package static func changeMode(_ path: String, _ mode: mode_t) throws(SystemError) {
        _ = try retrying("chmod") { Glibc.chmod(path, mode) }
    }

    /// `getenv`.
    package static func environmentValue(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

extension System {
    /// `rename`.
    package static func rename(_ path: String, to newPath: String) throws(SystemError) {
        _ = try retrying("rename") { Glibc.rename(path, newPath) }
    }
}
