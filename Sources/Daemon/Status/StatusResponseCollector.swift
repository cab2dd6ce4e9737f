import NIOCore

/// Gathers everything the daemon sends until it closes the connection (HTTP/1.0).
final class StatusResponseCollector: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    /// The status document of a few hundred servers fits easily; more is not the daemon.
    static let maximumResponseLength = 16 << 20

    private let done: EventLoopPromise<[UInt8]>
    private var bytes: [UInt8] = []

    init(done: EventLoopPromise<[UInt8]>) {
        self.done = done
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        bytes += buffer.readBytes(length: buffer.readableBytes) ?? []
        if bytes.count > Self.maximumResponseLength {
            done.fail(StatusClientError.badResponse("more than \(Self.maximumResponseLength) bytes"))
            context.close(promise: nil)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        done.succeed(bytes)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        done.fail(error)
        context.close(promise: nil)
    }
}
