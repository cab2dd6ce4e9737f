import NIOCore

/// Answers one HTTP/1.0 request per connection: reads up to the blank line that ends the request
/// head, routes it, writes the answer and closes. Lives on its channel's event loop.
final class StatusHTTPHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// A request head longer than this is refused (the requests we serve are one line).
    static let maximumHeadLength = 8192

    private let metricsOnly: Bool
    /// The `--status-listen` TCP listener: read-only, and `/` is the status page.
    private let publicListener: Bool
    private let requestTimeout: Duration
    private let provider: @Sendable () -> StatusDocument
    private var head: [UInt8] = []
    private var answered = false
    private var timeout: Scheduled<Void>?

    init(
        metricsOnly: Bool, publicListener: Bool = false, requestTimeout: Duration,
        provider: @escaping @Sendable () -> StatusDocument
    ) {
        self.metricsOnly = metricsOnly
        self.publicListener = publicListener
        self.requestTimeout = requestTimeout
        self.provider = provider
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        timeout = context.eventLoop.scheduleTask(in: .nanoseconds(requestTimeout.nanosecondsClamped)) {
            bound.value.close(promise: nil)
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timeout?.cancel()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !answered else { return }
        var buffer = unwrapInboundIn(data)
        head += buffer.readBytes(length: buffer.readableBytes) ?? []
        if let end = Self.endOfHead(head) {
            respond(context, to: String(decoding: head[..<end], as: UTF8.self))
        } else if head.count > Self.maximumHeadLength {
            send(context, .text(431, "Request Header Fields Too Large", "request head too long"), headOnly: false)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func respond(_ context: ChannelHandlerContext, to head: String) {
        let route = StatusRoute(head: head, metricsOnly: metricsOnly)
        let headOnly = head.hasPrefix("HEAD ")
        if publicListener, route == .status, StatusRoute.asksForPage(head) {
            return send(context, StatusPage.response, headOnly: headOnly)
        }
        switch route {
        case .status:
            do {
                let json = try provider().jsonData()
                send(
                    context,
                    StatusResponse(code: 200, reason: "OK", contentType: "application/json", body: Array(json)),
                    headOnly: headOnly)
            } catch {
                send(
                    context, .text(500, "Internal Server Error", "cannot encode the status: \(error)"),
                    headOnly: headOnly)
            }
        case .metrics:
            send(
                context,
                StatusResponse(
                    code: 200, reason: "OK", contentType: StatusResponse.prometheusContentType,
                    body: provider().prometheusUTF8()),
                headOnly: headOnly)
        case .notFound:
            send(
                context,
                .text(404, "Not Found", metricsOnly ? "only /metrics is served here" : "try /status or /metrics"),
                headOnly: headOnly)
        case .methodNotAllowed:
            send(context, .text(405, "Method Not Allowed", "only GET and HEAD"), headOnly: false)
        case .badRequest:
            send(context, .text(400, "Bad Request", "not an HTTP request"), headOnly: false)
        }
    }

    private func send(_ context: ChannelHandlerContext, _ response: StatusResponse, headOnly: Bool) {
        answered = true
        timeout?.cancel()
        let buffer = context.channel.allocator.buffer(bytes: response.bytes(headOnly: headOnly))
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(buffer)).whenComplete { _ in bound.value.close(promise: nil) }
    }

    /// The index just past the blank line that ends the head (CRLF CRLF, or LF LF from a sloppy client).
    static func endOfHead(_ bytes: [UInt8]) -> Int? {
        let lf = UInt8(ascii: "\n")
        var previousLineFeed: Int?
        for (index, byte) in bytes.enumerated() where byte == lf {
            if let previous = previousLineFeed,
                index == previous + 1 || (index == previous + 2 && bytes[previous + 1] == UInt8(ascii: "\r"))
            {
                return index + 1
            }
            previousLineFeed = index
        }
        return nil
    }
}
