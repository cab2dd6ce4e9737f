import Glibc
import NIOCore
import NIOPosix

/// Plays one `ScriptedTCPServer.Behavior` on one accepted connection.
final class ScriptedConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let behavior: ScriptedTCPServer.Behavior
    private let record: ([UInt8]) -> Void
    private var request: [UInt8] = []
    private var answered = false
    private var replies: [[UInt8]] = []
    private var endlessChunk: [UInt8]?

    init(behavior: ScriptedTCPServer.Behavior, record: @escaping ([UInt8]) -> Void) {
        self.behavior = behavior
        self.record = record
    }

    func channelActive(context: ChannelHandlerContext) {
        switch behavior {
        case .lineDialogue(let greeting, let replies):
            self.replies = replies
            write(greeting, context: context)
        case .greetAndClose(let bytes):
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(channel.allocator.buffer(bytes: bytes))).whenComplete { _ in
                channel.close(promise: nil)
            }
        default:
            break
        }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let bytes = Array(unwrapInboundIn(data).readableBytesView)
        record(bytes)
        if case .lineDialogue = behavior { return answerLines(bytes, context: context) }
        request += bytes
        guard !answered, request.count >= 4, request.suffix(4) == [13, 10, 13, 10] else { return }
        answered = true
        answer(context: context)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable, let chunk = endlessChunk { pump(chunk, context: context) }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func answer(context: ChannelHandlerContext) {
        switch behavior {
        case .respond(let bytes):
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(channel.allocator.buffer(bytes: bytes))).whenComplete { _ in
                channel.close(promise: nil)
            }
        case .silent, .lineDialogue, .greetAndClose:
            break
        case .reset(let bytes):
            write(bytes, context: context)
            let channel = context.channel
            _ = (channel as? any SocketOptionProvider)?.setSoLinger(linger(l_onoff: 1, l_linger: 0)).always { _ in
                channel.close(promise: nil)
            }
        case .endless(let head, let chunk):
            write(head, context: context)
            endlessChunk = chunk
            pump(chunk, context: context)
        case .drip(let bytes, let interval):
            drip(bytes[...], every: interval, context: context)
        }
    }

    private func pump(_ chunk: [UInt8], context: ChannelHandlerContext) {
        while context.channel.isWritable && context.channel.isActive {
            context.write(wrapOutboundOut(context.channel.allocator.buffer(bytes: chunk)), promise: nil)
            context.flush()
        }
    }

    private func drip(_ bytes: ArraySlice<UInt8>, every interval: TimeAmount, context: ChannelHandlerContext) {
        guard let first = bytes.first, context.channel.isActive else { return }
        write([first], context: context)
        context.eventLoop.assumeIsolated().scheduleTask(in: interval) { [self] in
            drip(bytes.dropFirst(), every: interval, context: context)
        }
    }

    private func answerLines(_ bytes: [UInt8], context: ChannelHandlerContext) {
        for byte in bytes where byte == UInt8(ascii: "\n") {
            guard !replies.isEmpty else { return }
            write(replies.removeFirst(), context: context)
        }
    }

    private func write(_ bytes: [UInt8], context: ChannelHandlerContext) {
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(bytes: bytes)), promise: nil)
    }
}
