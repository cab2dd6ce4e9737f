import LinuxPlatform
import NIOCore
import NIOPosix
import Synchronization

/// Serves `GET /status` (JSON) and `GET /metrics` (Prometheus text) over HTTP/1.0 on a Unix socket
/// (mode 0600), `/metrics` alone on an optional loopback TCP port, and with `--status-listen` the
/// status page `/`, `/status` and `/metrics` read-only on the address given. Each request calls
/// `provider` on an event loop, so it must be quick and never block.
public final class StatusServer: Sendable {
    public let options: StatusServerOptions
    private let group: any EventLoopGroup
    private let provider: @Sendable () -> StatusDocument
    /// Serves `vigil ctl` and `vigil status --watch` on the Unix socket only (never on TCP).
    private let control: ControlService?
    private let running = Mutex<Running?>(nil)

    private struct Running: Sendable {
        var unix: any Channel
        var tcp: (any Channel)?
        /// The `--status-listen` listener.
        var listen: (any Channel)?
        /// The inode bound, so `stop` never removes a socket someone else made since.
        var inode: UInt
    }

    public init(
        options: StatusServerOptions = StatusServerOptions(),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        control: ControlService? = nil,
        provider: @escaping @Sendable () -> StatusDocument
    ) {
        self.options = options
        group = eventLoopGroup
        self.control = control
        self.provider = provider
    }

    /// Binds the socket (replacing a stale one, refusing a live one) and the TCP port if asked.
    public func start() async throws {
        guard running.withLock({ $0 == nil }) else { throw StatusServerError.alreadyStarted }
        let path = options.socketPath
        try StatusSocketPath.prepare(path)
        try await StatusSocketPath.refuseIfAnswering(path, group: group)
        let unix = try await bindUnixSocket(at: path)
        var tcp: (any Channel)?
        var listen: (any Channel)?
        do {
            if let port = options.metricsPort {
                tcp = try await bootstrap(metricsOnly: true).bind(host: options.metricsHost, port: port).get()
            }
            if let address = options.statusListen {
                listen = try await bootstrap(metricsOnly: false, publicListener: true)
                    .bind(host: address.host, port: address.port).get()
            }
        } catch {
            try? await tcp?.close()
            try? await unix.close()
            StatusSocketPath.remove(path, inode: nil)
            throw error
        }
        let inode = StatusSocketPath.inode(path) ?? 0
        running.withLock { $0 = Running(unix: unix, tcp: tcp, listen: listen, inode: inode) }
    }

    /// The TCP port `/metrics` is served on, once started (useful with port 0).
    public var metricsPort: Int? { running.withLock { $0?.tcp?.localAddress?.port } }

    /// The TCP port of the `--status-listen` listener, once started.
    public var statusListenPort: Int? { running.withLock { $0?.listen?.localAddress?.port } }

    /// Closes the listeners (and the `--watch` streams) and removes the socket file.
    public func stop() async {
        control?.feed.finish()
        guard
            let stopping = running.withLock({ state in
                defer { state = nil }; return state
            })
        else { return }
        try? await stopping.unix.close()
        try? await stopping.tcp?.close()
        try? await stopping.listen?.close()
        StatusSocketPath.remove(options.socketPath, inode: stopping.inode)
    }

    // Binding under a temporary name, then chmod and rename, means the socket never exists at
    // its real path with looser permissions than 0600.
    private func bindUnixSocket(at path: String) async throws -> any Channel {
        let temporary = UnixSocketPath.temporaryName(for: path)
        StatusSocketPath.remove(temporary, inode: nil)
        let channel = try await bootstrap(metricsOnly: false).bind(unixDomainSocketPath: temporary).get()
        do {
            try StatusSocketPath.publish(temporary, as: path)
        } catch {
            try? await channel.close()
            StatusSocketPath.remove(temporary, inode: nil)
            throw error
        }
        return channel
    }

    private func bootstrap(metricsOnly: Bool, publicListener: Bool = false) -> ServerBootstrap {
        let provider = provider
        let timeout = options.requestTimeout
        // Control commands and --watch only on the root-only Unix socket, never on a TCP listener.
        let control = metricsOnly || publicListener ? nil : control
        return ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 32)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let control { try channel.pipeline.syncOperations.addHandler(ControlHTTPHandler(service: control)) }
                    try channel.pipeline.syncOperations.addHandler(
                        StatusHTTPHandler(
                            metricsOnly: metricsOnly, publicListener: publicListener, requestTimeout: timeout,
                            provider: provider))
                }
            }
    }
}
