import NIOCore
import NIOPosix
import Synchronization

/// A local UDP responder on 127.0.0.1 (or ::1): each datagram is answered with whatever `reply`
/// returns for it (nothing, one datagram, or several); every received datagram is recorded.
final class ScriptedUDPServer: Sendable {
    let port: Int
    private let channel: any Channel
    private let log: DatagramLog
    private let group: MultiThreadedEventLoopGroup

    private init(port: Int, channel: any Channel, log: DatagramLog, group: MultiThreadedEventLoopGroup) {
        self.port = port
        self.channel = channel
        self.log = log
        self.group = group
    }

    var received: [[UInt8]] { log.datagrams }

    static func start(host: String = "127.0.0.1", reply: @escaping @Sendable ([UInt8]) -> [[UInt8]]) async throws
        -> ScriptedUDPServer
    {
        let log = DatagramLog()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let channel = try await DatagramBootstrap(group: group)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ReplyingHandler(log: log, reply: reply))
                }
            }
            .bind(host: host, port: 0).get()
        return ScriptedUDPServer(port: channel.localAddress?.port ?? 0, channel: channel, log: log, group: group)
    }

    func close() async {
        try? await channel.close()
        try? await group.shutdownGracefully()
    }
}

private final class DatagramLog: Sendable {
    private let storage = Mutex<[[UInt8]]>([])

    func record(_ datagram: [UInt8]) { storage.withLock { $0.append(datagram) } }

    var datagrams: [[UInt8]] { storage.withLock { $0 } }
}

private final class ReplyingHandler: ChannelInboundHandler {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>
    typealias OutboundOut = AddressedEnvelope<ByteBuffer>

    private let log: DatagramLog
    private let reply: @Sendable ([UInt8]) -> [[UInt8]]

    init(log: DatagramLog, reply: @escaping @Sendable ([UInt8]) -> [[UInt8]]) {
        self.log = log
        self.reply = reply
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let envelope = unwrapInboundIn(data)
        let datagram = Array(envelope.data.readableBytesView)
        log.record(datagram)
        for answer in reply(datagram) {
            let out = AddressedEnvelope(
                remoteAddress: envelope.remoteAddress, data: context.channel.allocator.buffer(bytes: answer))
            context.writeAndFlush(wrapOutboundOut(out), promise: nil)
        }
    }
}
