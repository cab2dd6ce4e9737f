import LinuxPlatform
import NIOCore

/// Sits before `StatusHTTPHandler` on the status socket's connections: reads the request head, and
/// when it is a control request (`ControlRoute`) answers it itself (after reading the peer's
/// SO_PEERCRED credentials) or streams `/watch`; any other request's bytes go on unchanged to the
/// status handler. Lives on its channel's event loop.
final class ControlHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let service: ControlService
    private var head: [UInt8] = []
    private var passing = false
    private var claimed = false
    private var watcher: Int?

    init(service: ControlService) {
        self.service = service
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if passing { return context.fireChannelRead(data) }
        guard !claimed else { return }
        var buffer = unwrapInboundIn(data)
        head += buffer.readBytes(length: buffer.readableBytes) ?? []
        guard let end = StatusHTTPHandler.endOfHead(head) else {
            if head.count > StatusHTTPHandler.maximumHeadLength { passOn(context) }
            return
        }
        // Only the Unix socket changes state or streams; on any other listener the status handler answers.
        let route =
            Self.isUnixSocket(context.channel)
            ? ControlRoute(head: String(decoding: head[..<end], as: UTF8.self)) : .notControl
        switch route {
        case .notControl:
            passOn(context)
        case .command(let command):
            claim(context)
            answer(context, command)
        case .watch:
            claim(context)
            watch(context)
        case .refused(let code, let reason, let message):
            claim(context)
            send(context, .text(code, reason, message))
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        stopWatching()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        stopWatching()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if passing { return context.fireErrorCaught(error) }
        context.close(promise: nil)
    }

    /// Not ours: the status handler gets every byte read so far, then the rest directly.
    private func passOn(_ context: ChannelHandlerContext) {
        passing = true
        let bytes = head
        head = []
        context.fireChannelRead(wrapInboundOut(context.channel.allocator.buffer(bytes: bytes)))
    }

    /// Ours: the status handler (and its request timeout) leaves the pipeline.
    private func claim(_ context: ChannelHandlerContext) {
        claimed = true
        if let status = try? context.pipeline.syncOperations.handler(type: StatusHTTPHandler.self) {
            context.pipeline.syncOperations.removeHandler(status, promise: nil)
        }
    }

    private func answer(_ context: ChannelHandlerContext, _ command: ControlCommand) {
        let service = service
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        Self.peerCredentials(of: context.channel).whenComplete { result in
            let (handler, context) = bound.value
            switch result {
            case .success(let peer):
                handler.send(context, service.perform(command, by: peer))
            case .failure(let error):
                handler.send(context, .text(403, "Forbidden", "cannot tell who is asking (\(error))"))
            }
        }
    }

    private func watch(_ context: ChannelHandlerContext) {
        let head = "HTTP/1.0 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(string: head)), promise: nil)
        let channel = context.channel
        watcher = service.feed.subscribe { line in
            channel.eventLoop.execute {
                guard let line else { return channel.close(promise: nil) }
                channel.writeAndFlush(channel.allocator.buffer(string: line), promise: nil)
            }
        }
    }

    private func stopWatching() {
        guard let id = watcher else { return }
        watcher = nil
        service.feed.unsubscribe(id)
    }

    private func send(_ context: ChannelHandlerContext, _ response: StatusResponse) {
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(bytes: response.bytes())))
            .whenComplete { _ in bound.value.close(promise: nil) }
    }

    private static func isUnixSocket(_ channel: any Channel) -> Bool {
        if case .unixDomainSocket = channel.localAddress { return true }
        return false
    }

    /// The kernel's word on who connected (SO_PEERCRED); fails on a socket that is not a Unix one.
    private static func peerCredentials(of channel: any Channel) -> EventLoopFuture<PeerCredentials> {
        guard let options = channel as? any SocketOptionProvider else {
            return channel.eventLoop.makeFailedFuture(ControlPeerError.noCredentials)
        }
        let record: EventLoopFuture<PeerCredentials.Record> = options.unsafeGetSocketOption(
            level: SocketOptionLevel(PeerCredentials.optionLevel), name: SocketOptionName(PeerCredentials.optionName))
        return record.map(PeerCredentials.init)
    }
}
