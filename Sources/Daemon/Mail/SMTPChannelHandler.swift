import NIOCore

/// Passes what the connection does to its `SMTPSession`; the session's state machine decides.
final class SMTPChannelHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer

    private let session: SMTPSession

    init(session: SMTPSession) {
        self.session = session
    }

    func channelActive(context: ChannelHandlerContext) {
        session.handle(.connected)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        session.handle(.received(bytes))
    }

    func channelInactive(context: ChannelHandlerContext) {
        session.handle(.connectionClosed)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
