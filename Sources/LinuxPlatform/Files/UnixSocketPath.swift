import Glibc

/// File-system chores around a Unix socket's path (the status socket): its directory, a stale
/// socket left by a dead process, and publishing a freshly bound socket under its real name.
public enum UnixSocketPath {
    /// Why a socket path could not be prepared or published.
    public enum PathError: Error, Hashable, Sendable {
        /// Something other than a socket is at the path; it is left alone.
        case notASocket(String)
        /// A system call on `path` failed.
        case system(call: String, path: String, errno: Int32)
    }

    /// Creates the parent directory (0755) if missing; refuses a path that holds something else than a socket.
    public static func prepare(_ path: String) throws(PathError) {
        let directory = parent(of: path)
        if !directory.isEmpty, !exists(directory) {
            try createDirectories(directory)
        }
        guard let status = try? System.linkStatus(path) else { return }
        if status.kind != .socket { throw .notASocket(path) }
    }

    /// True when something (of any kind) is at `path`.
    public static func exists(_ path: String) -> Bool {
        (try? System.linkStatus(path)) != nil
    }

    /// Removes `path` when it is a socket and, if `inode` is given, still that socket.
    public static func remove(_ path: String, inode: UInt?) {
        guard let status = try? System.linkStatus(path), status.kind == .socket else { return }
        if let inode, status.inode != inode { return }
        try? System.unlink(path)
    }

    /// The inode at `path`, if anything is there.
    public static func inode(_ path: String) -> UInt? {
        (try? System.linkStatus(path))?.inode
    }

    /// A name beside `path` for binding before `publish`, unique to this process.
    public static func temporaryName(for path: String) -> String {
        "\(path).\(System.processID()).tmp"
    }

    /// Gives the socket at `temporary` the permissions `mode`, then renames it to `path`, so it never
    /// exists at its real path with looser permissions.
    public static func publish(_ temporary: String, as path: String, mode: UInt32) throws(PathError) {
        do {
            try System.changeMode(temporary, mode)
        } catch {
            throw .system(call: "chmod", path: temporary, errno: error.errno)
        }
        do {
            try System.rename(temporary, to: path)
        } catch {
            throw .system(call: "rename", path: path, errno: error.errno)
        }
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    private static func createDirectories(_ directory: String) throws(PathError) {
        let above = parent(of: directory)
        if !above.isEmpty, !exists(above) { try createDirectories(above) }
        do {
            try System.makeDirectory(directory, mode: 0o755)
        } catch where error.errno == EEXIST {  // made meanwhile
        } catch {
            throw .system(call: "mkdir", path: directory, errno: error.errno)
        }
    }
}
