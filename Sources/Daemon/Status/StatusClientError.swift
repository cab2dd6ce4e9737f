/// Why `vigil status` got no status.
public enum StatusClientError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing listens on the socket: no daemon runs (or it runs with another `--socket`).
    case noDaemon(socketPath: String, reason: String)
    case permissionDenied(socketPath: String)
    /// The daemon accepted the connection but did not answer in time.
    case timedOut(socketPath: String)
    /// The answer is not an HTTP response, or not the status document.
    case badResponse(String)
    /// The daemon answered with an error status.
    case httpStatus(Int, String)

    public var description: String {
        switch self {
        case .noDaemon(let path, let reason): "no Vigil daemon is running (nothing answers on \(path): \(reason))"
        case .permissionDenied(let path): "permission denied on \(path) (the socket is root's, mode 0600)"
        case .timedOut(let path): "the daemon on \(path) did not answer in time"
        case .badResponse(let reason): "unexpected answer from the daemon: \(reason)"
        case .httpStatus(let code, let body): "the daemon answered \(code): \(body)"
        }
    }
}
