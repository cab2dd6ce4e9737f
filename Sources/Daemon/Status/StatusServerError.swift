/// Why the status server did not start.
public enum StatusServerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Another process answers on the socket: probably another daemon.
    case socketInUse(String)
    /// Something other than a socket is at the path; it is left alone.
    case notASocket(String)
    /// A system call on the socket's path failed.
    case system(call: String, path: String, errno: Int32)
    case alreadyStarted

    public var description: String {
        switch self {
        case .socketInUse(let path): "\(path) is in use by another process (is another vigil running?)"
        case .notASocket(let path): "\(path) exists and is not a socket; not touching it"
        case .system(let call, let path, let errno): "\(call)(\(path)) failed: errno \(errno)"
        case .alreadyStarted: "the status server is already running"
        }
    }
}
