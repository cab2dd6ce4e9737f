import HealthCheck
import NIOCore

/// Feeds an SMTP server's bytes to `SMTPConversation` and carries out what it answers;
/// `outcome` is called once, with nil on success or the reason the check failed.
final class SMTPLineHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private var conversation: SMTPConversation
    private var outcome: ((String?) -> Void)?
    /// A failed connect also closes the channel; only a dropped connection is the server's doing.
    private var wasActive = false

    init(heloName: String, outcome: @escaping (_ failure: String?) -> Void) {
        conversation = SMTPConversation(heloName: heloName)
        self.outcome = outcome
    }

    func channelActive(context: ChannelHandlerContext) {
        wasActive = true
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard outcome != nil else { return }
        let buffer = unwrapInboundIn(data)
        for action in conversation.receive(buffer.readableBytesView) {
            guard outcome != nil else { return }
            act(action, context: context)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if wasActive { finish("connection closed by server", context: context) }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finish("read error: \(ProbeErrorText.describe(error))", context: context)
    }

    private func act(_ action: SMTPConversation.Action, context: ChannelHandlerContext) {
        switch action {
        case .wait:
            break
        case .send(let command):
            context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(string: command)), promise: nil)
        case .succeed:
            finish(nil, context: context)
        case .fail(let reason):
            finish(reason, context: context)
        }
    }

    private func finish(_ failure: String?, context: ChannelHandlerContext) {
        guard let outcome else { return }
        self.outcome = nil
        outcome(failure)
        context.close(promise: nil)
    }
}
