import FoundationEssentials
import LinuxPlatform
import NIOCore
import NIOPosix

/// Asks a running daemon for `/status` or `/metrics` over its Unix socket (what `vigil status` does).
public struct StatusClient: Sendable {
    public var socketPath: String
    public var timeout: Duration
    private let group: any EventLoopGroup

    public init(
        socketPath: String = StatusServerOptions.defaultSocketPath, timeout: Duration = .seconds(5),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        self.socketPath = socketPath
        self.timeout = timeout
        group = eventLoopGroup
    }

    /// The body of a 200 answer to `GET target`.
    public func get(_ target: String) async throws(StatusClientError) -> [UInt8] {
        do {
            return try await request(target).get()
        } catch let error as StatusClientError {
            throw error
        } catch {
            throw classify(error)
        }
    }

    /// As `get`, blocking the calling thread (never an event loop's): for synchronous commands.
    public func getBlocking(_ target: String) throws(StatusClientError) -> [UInt8] {
        do {
            return try request(target).wait()
        } catch let error as StatusClientError {
            throw error
        } catch {
            throw classify(error)
        }
    }

    /// The status document.
    public func status() async throws(StatusClientError) -> StatusDocument {
        try Self.decode(try await get("/status"))
    }

    public static func decode(_ body: [UInt8]) throws(StatusClientError) -> StatusDocument {
        do {
            return try StatusDocument(json: Data(body))
        } catch {
            throw .badResponse("not a status document: \(error)")
        }
    }

    func request(_ target: String, method: String = "GET") -> EventLoopFuture<[UInt8]> {
        let eventLoop = group.next()
        let done = eventLoop.makePromise(of: [UInt8].self)
        let deadline = eventLoop.scheduleTask(in: .nanoseconds(timeout.nanosecondsClamped)) { [socketPath] in
            done.fail(StatusClientError.timedOut(socketPath: socketPath))
        }
        let connecting = ClientBootstrap(group: eventLoop)
            .connectTimeout(.nanoseconds(timeout.nanosecondsClamped))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(StatusResponseCollector(done: done))
                }
            }
            .connect(unixDomainSocketPath: socketPath)
        connecting.whenSuccess { channel in
            channel.writeAndFlush(ByteBuffer(string: "\(method) \(target) HTTP/1.0\r\n\r\n"), promise: nil)
            done.futureResult.whenComplete { _ in channel.close(promise: nil) }
        }
        connecting.whenFailure { done.fail($0) }
        done.futureResult.whenComplete { _ in deadline.cancel() }
        return done.futureResult.flatMapThrowing { bytes in try StatusHTTPReply(bytes).okBody() }
    }

    func classify(_ error: any Error) -> StatusClientError {
        if let error = error as? IOError {
            let failure = SystemError(call: "connect", errno: error.errnoCode)
            if failure.isPermissionDenied { return .permissionDenied(socketPath: socketPath) }
            return .noDaemon(socketPath: socketPath, reason: failure.reason)
        }
        if case ChannelError.connectTimeout = error { return .timedOut(socketPath: socketPath) }
        return .noDaemon(socketPath: socketPath, reason: "\(error)")
    }
}
