import HealthCheck
import NIOCore
import NIOSSL

/// Sends one HTTP_GET request when the connection is up and reads the response until the peer
/// closes; `completion` is called once, with the reader or the reason the exchange failed.
final class HTTPResponseHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let request: [UInt8]
    private var reader: HTTPResponseReader
    private var completion: ((Result<HTTPResponseReader, HTTPExchangeFailure>) -> Void)?
    /// A connect that fails also closes the channel; only a connection that was up has a response.
    private var wasActive = false

    init(
        request: [UInt8], reader: HTTPResponseReader,
        completion: @escaping (Result<HTTPResponseReader, HTTPExchangeFailure>) -> Void
    ) {
        self.request = request
        self.reader = reader
        self.completion = completion
    }

    func channelActive(context: ChannelHandlerContext) {
        wasActive = true
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(bytes: request)), promise: nil)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        do {
            try buffer.withUnsafeReadableBytes { bytes throws(HTTPResponseReader.Failure) in
                try reader.consume(bytes)
            }
        } catch {
            complete(.failure(.headerTooLarge))
            context.close(promise: nil)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if wasActive { complete(.success(reader)) }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A TLS peer that closes TCP without close_notify has still sent its whole response;
        // keepalived treats SSL_ERROR_SYSCALL at the end the same way.
        if let tlsError = error as? NIOSSLError, case .uncleanShutdown = tlsError { return }
        complete(.failure(.read(error)))
        context.close(promise: nil)
    }

    private func complete(_ result: Result<HTTPResponseReader, HTTPExchangeFailure>) {
        guard let completion else { return }
        self.completion = nil
        completion(result)
    }
}

/// Why an HTTP exchange ended without a response to judge.
enum HTTPExchangeFailure: Error {
    case headerTooLarge
    case read(any Error)

    var reason: String {
        switch self {
        case .headerTooLarge: "HTTP response header larger than \(HTTPResponseReader.headerLimit) bytes"
        case .read(let error): "read error: \(ProbeErrorText.describe(error))"
        }
    }
}
