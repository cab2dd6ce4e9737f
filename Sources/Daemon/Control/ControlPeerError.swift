/// Why a control request's asker is unknown.
enum ControlPeerError: Error, Hashable, Sendable {
    /// The connection is not a Unix socket, so the kernel has no credentials for it.
    case noCredentials
}
