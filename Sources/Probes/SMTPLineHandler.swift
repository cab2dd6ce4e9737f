import NIOCore

/// Splits an SMTP server's byte stream into lines and lets `SMTPConversation` answer them.
final class SMTPLineHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private var conversation: SMTPConversation
    private var line: [UInt8] = []
    private var outcome: ((Result<Void, SMTPFailure>) -> Void)?
    /// A failed connect also closes the channel; only a dropped connection is the server's doing.
    private var wasActive = false

    init(heloName: String, outcome: @escaping (Result<Void, SMTPFailure>) -> Void) {
        conversation = SMTPConversation(heloName: heloName)
        self.outcome = outcome
    }

    func channelActive(context: ChannelHandlerContext) {
        wasActive = true
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        for byte in buffer.readableBytesView {
            guard outcome != nil else { return }
            if byte == UInt8(ascii: "\n") {
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                act(conversation.receive(line: line), context: context)
                line.removeAll(keepingCapacity: true)
            } else if line.count < SMTPConversation.lineLimit {
                line.append(byte)
            } else {
                finish(.failure(.reason("SMTP reply line too long")), context: context)
            }
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if wasActive { finish(.failure(.reason("connection closed by server")), context: context) }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finish(.failure(.reason("read error: \(ProbeErrorText.describe(error))")), context: context)
    }

    private func act(_ action: SMTPConversation.Action, context: ChannelHandlerContext) {
        switch action {
        case .wait:
            break
        case .send(let command):
            context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(string: command)), promise: nil)
        case .succeed:
            finish(.success(()), context: context)
        case .fail(let reason):
            finish(.failure(.reason(reason)), context: context)
        }
    }

    private func finish(_ result: Result<Void, SMTPFailure>, context: ChannelHandlerContext) {
        guard let outcome else { return }
        self.outcome = nil
        outcome(result)
        context.close(promise: nil)
    }
}

enum SMTPFailure: Error {
    case reason(String)
}
