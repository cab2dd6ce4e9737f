import NIOCore

/// Reads a streamed HTTP/1.0 answer (`/watch`): checks the status line once the head is in, then
/// hands each complete body line to `line` as it arrives; succeeds when the daemon closes.
final class StatusLineReader: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let done: EventLoopPromise<Void>
    private let line: @Sendable (String) -> Void
    private var pending: [UInt8] = []
    private var inBody = false

    init(done: EventLoopPromise<Void>, line: @escaping @Sendable (String) -> Void) {
        self.done = done
        self.line = line
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        pending += buffer.readBytes(length: buffer.readableBytes) ?? []
        if !inBody {
            guard let end = StatusHTTPHandler.endOfHead(pending) else { return }
            do {
                _ = try StatusHTTPReply(pending).okBody()
            } catch {
                // An error answer is short and complete: report it with its body.
                return
            }
            pending.removeFirst(end)
            inBody = true
        }
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
            line(String(decoding: pending[..<newline], as: UTF8.self))
            pending.removeFirst(newline + 1)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if inBody {
            done.succeed(())
        } else {
            do {
                _ = try StatusHTTPReply(pending).okBody()
                done.succeed(())
            } catch {
                done.fail(error)
            }
        }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        done.fail(error)
        context.close(promise: nil)
    }
}
