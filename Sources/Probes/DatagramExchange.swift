import HealthCheck
import enum LinuxPlatform.System
import NIOCore
import NIOPosix

/// The socket side of DNS_CHECK, UDP_CHECK and PING_CHECK: one connected datagram socket per
/// probe, so the kernel reports ICMP errors for it (they surface as read errors).
enum DatagramExchange {
    /// Opens the socket, installs `handler` and connects it to `remote`.
    static func open(
        remote: SocketAddress, local: SocketAddress?, subtype: NIOBSDSocket.ProtocolSubtype = .default,
        fwmark: UInt32? = nil, attempt: ProbeAttempt,
        handler: @escaping @Sendable () -> DatagramReplyHandler
    ) -> EventLoopFuture<any Channel> {
        let loop = attempt.eventLoop
        var bootstrap = DatagramBootstrap(group: loop)
            .protocolSubtype(subtype)
            .channelInitializer { channel in
                loop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(handler()) }
            }
        if let fwmark {
            bootstrap = bootstrap.channelOption(
                ChannelOptions.socketOption(.init(rawValue: System.SocketNumber.mark)), value: SocketOptionValue(fwmark))
        }
        guard let local else { return bootstrap.connect(to: remote) }
        return bootstrap.bind(to: local).flatMap { channel in
            channel.connect(to: remote).map { channel }
        }
    }

    /// Sends one datagram on a connected channel.
    static func send(_ bytes: [UInt8], on channel: any Channel, to remote: SocketAddress) -> EventLoopFuture<Void> {
        let envelope = AddressedEnvelope(remoteAddress: remote, data: channel.allocator.buffer(bytes: bytes))
        return channel.writeAndFlush(envelope)
    }
}

/// Passes each datagram's bytes and each socket error to the probe that owns the channel.
final class DatagramReplyHandler: ChannelInboundHandler {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>

    private let onReply: ([UInt8]) -> Void
    private let onError: (any Error) -> Void

    init(onReply: @escaping ([UInt8]) -> Void, onError: @escaping (any Error) -> Void) {
        self.onReply = onReply
        self.onError = onError
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let envelope = unwrapInboundIn(data)
        onReply(Array(envelope.data.readableBytesView))
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        onError(error)
    }
}
