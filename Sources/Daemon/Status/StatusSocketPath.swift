import LinuxPlatform
import NIOCore
import NIOPosix

/// The status socket's path: LinuxPlatform's `UnixSocketPath` chores, with the server's errors.
enum StatusSocketPath {
    /// Creates the parent directory (0755) if missing; refuses a path that holds something else than a socket.
    static func prepare(_ path: String) throws(StatusServerError) {
        do {
            try UnixSocketPath.prepare(path)
        } catch {
            throw serverError(error)
        }
    }

    /// Throws `socketInUse` when a process accepts connections on `path`; a socket nobody answers
    /// on is stale (a daemon that died) and is removed.
    static func refuseIfAnswering(_ path: String, group: any EventLoopGroup) async throws {
        guard UnixSocketPath.exists(path) else { return }
        let probe = ClientBootstrap(group: group).connectTimeout(.seconds(1))
        if let channel = try? await probe.connect(unixDomainSocketPath: path).get() {
            try? await channel.close()
            throw StatusServerError.socketInUse(path)
        }
        remove(path, inode: nil)
    }

    /// Removes `path` when it is a socket and, if `inode` is given, still that socket.
    static func remove(_ path: String, inode: UInt?) {
        UnixSocketPath.remove(path, inode: inode)
    }

    static func inode(_ path: String) -> UInt? {
        UnixSocketPath.inode(path)
    }

    /// Makes the socket bound at `temporary` owner-only (0600) and moves it to `path`.
    static func publish(_ temporary: String, as path: String) throws(StatusServerError) {
        do {
            try UnixSocketPath.publish(temporary, as: path, mode: 0o600)
        } catch {
            throw serverError(error)
        }
    }

    private static func serverError(_ error: UnixSocketPath.PathError) -> StatusServerError {
        switch error {
        case .notASocket(let path): .notASocket(path)
        case .system(let call, let path, let errno): .system(call: call, path: path, errno: errno)
        }
    }
}
