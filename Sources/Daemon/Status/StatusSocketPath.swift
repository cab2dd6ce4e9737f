import Glibc
import NIOCore
import NIOPosix

/// File-system chores around the status socket's path.
enum StatusSocketPath {
    /// Creates the parent directory (0755) if missing; refuses a path that holds something else than a socket.
    static func prepare(_ path: String) throws(StatusServerError) {
        let directory = parent(of: path)
        if !directory.isEmpty, !exists(directory) {
            try createDirectories(directory)
        }
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        if status.st_mode & S_IFMT != S_IFSOCK { throw .notASocket(path) }
    }

    /// Throws `socketInUse` when a process accepts connections on `path`; a socket nobody answers
    /// on is stale (a daemon that died) and is removed.
    static func refuseIfAnswering(_ path: String, group: any EventLoopGroup) async throws {
        guard exists(path) else { return }
        let probe = ClientBootstrap(group: group).connectTimeout(.seconds(1))
        if let channel = try? await probe.connect(unixDomainSocketPath: path).get() {
            try? await channel.close()
            throw StatusServerError.socketInUse(path)
        }
        remove(path, inode: nil)
    }

    /// Removes `path` when it is a socket and, if `inode` is given, still that socket.
    static func remove(_ path: String, inode: UInt?) {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFSOCK else { return }
        if let inode, UInt(status.st_ino) != inode { return }
        unlink(path)
    }

    static func inode(_ path: String) -> UInt? {
        var status = stat()
        return lstat(path, &status) == 0 ? UInt(status.st_ino) : nil
    }

    static func system(_ call: String, _ path: String, _ body: () -> Int32) throws(StatusServerError) {
        if body() != 0 { throw .system(call: call, path: path, errno: errno) }
    }

    private static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    private static func createDirectories(_ directory: String) throws(StatusServerError) {
        let above = parent(of: directory)
        if !above.isEmpty, !exists(above) { try createDirectories(above) }
        if mkdir(directory, 0o755) != 0 && errno != EEXIST {
            throw .system(call: "mkdir", path: directory, errno: errno)
        }
    }
}
