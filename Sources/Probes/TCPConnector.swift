import HealthCheck
import enum LinuxPlatform.System
import NIOCore
import NIOPosix

/// Opens the TCP connection of a probe on the runner's event loop, honouring `bindto`, `bind_port`,
/// `fwmark` and the probe's deadline (Docs/Keepalived.md §2.3 "checker blocks").
enum TCPConnector {
    /// Connects to `port` (default: the target's) and installs handlers with `initializer`, which runs
    /// on the event loop before the connection is attempted.
    static func connect(
        _ target: ProbeTarget, port: UInt16? = nil, attempt: ProbeAttempt,
        initializer: @escaping @Sendable (any Channel) throws -> Void
    ) -> EventLoopFuture<any Channel> {
        let loop = attempt.eventLoop
        let remote: SocketAddress
        let local: SocketAddress?
        do {
            remote = try target.remoteAddress(port: port)
            local = try target.localAddress()
        } catch {
            return loop.makeFailedFuture(error)
        }
        var bootstrap = ClientBootstrap(group: loop)
            .connectTimeout(attempt.remaining)
            // At most two reads of at most 16 KiB per connection per loop turn (two, so a response and
            // the peer's close are usually read together): a backend streaming an endless body gets
            // the same share of the loop as every other probe, never all of it.
            .channelOption(ChannelOptions.maxMessagesPerRead, value: 2)
            .channelOption(ChannelOptions.recvAllocator, value: Self.receiveAllocator)
            .channelInitializer { channel in
                loop.makeCompletedFuture { try initializer(channel) }
            }
        if let fwmark = target.fwmark {
            bootstrap = bootstrap.channelOption(
                ChannelOptions.socketOption(.init(rawValue: System.SocketNumber.mark)), value: SocketOptionValue(fwmark))
        }
        if let local {
            bootstrap = bootstrap.channelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1).bind(to: local)
        }
        return bootstrap.connect(to: remote)
    }

    static let receiveAllocator = AdaptiveRecvByteBufferAllocator(minimum: 512, initial: 2048, maximum: 16384)

    /// A short reason for a failed connect, in the words of keepalived's log lines.
    static func describe(_ error: any Error) -> String {
        if let error = error as? IOError { return "connect failed: \(ProbeErrorText.errno(error.errnoCode))" }
        if let error = error as? ChannelError, case .connectTimeout = error { return "timeout connecting" }
        if let error = error as? NIOConnectionError, let first = error.connectionErrors.first {
            return describe(first.error)
        }
        return "connect failed: \(error)"
    }
}
