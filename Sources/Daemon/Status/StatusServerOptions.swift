/// Where the status server listens: always a Unix socket; a loopback TCP port for Prometheus only
/// when asked.
public struct StatusServerOptions: Hashable, Sendable {
    public static let defaultSocketPath = "/run/vigil/vigil.sock"

    /// Created mode 0600 (its directory 0755 if missing); serves `/status` and `/metrics`.
    public var socketPath: String
    /// `127.0.0.1:PORT` serving `/metrics` only; nil (the default) opens no TCP port. Port 0 picks one.
    public var metricsPort: Int?
    public var metricsHost: String
    /// `--status-listen`: a TCP listener serving `/metrics`, `/status` and the status page `/`, read
    /// only; nil (the default) opens none.
    public var statusListen: StatusListenAddress? = nil
    /// A connection that has not sent a whole request by then is closed.
    public var requestTimeout: Duration

    public init(
        socketPath: String = StatusServerOptions.defaultSocketPath, metricsPort: Int? = nil,
        metricsHost: String = "127.0.0.1", requestTimeout: Duration = .seconds(5)
    ) {
        self.socketPath = socketPath
        self.metricsPort = metricsPort
        self.metricsHost = metricsHost
        self.requestTimeout = requestTimeout
    }
}
