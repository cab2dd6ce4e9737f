import Glibc
import Foundation
import NIOCore
import NIOPosix

/// The real servers: one process answering `GET` on 0.0.0.0:port with `200 OK` and closing, with
/// one SO_REUSEPORT listener per thread. It writes its request count to a file every second so the
/// orchestrator can check how many checks each prober made.
enum BenchServer {
    static func run(port: Int, threads: Int, countFile: String) throws -> Never {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let counter = RequestCounter(slots: threads)
        for slot in 0..<threads {
            let loop = group.next()
            _ = try ServerBootstrap(group: loop, childGroup: loop)
                .serverChannelOption(ChannelOptions.backlog, value: 4096)
                .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
                .serverChannelOption(ChannelOptions.socketOption(.init(rawValue: SO_REUSEPORT)), value: 1)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(OKResponder { counter.increment(slot) })
                    }
                }
                .bind(host: "0.0.0.0", port: port).wait()
        }
        while true {
            try? "\(counter.total)\n".write(toFile: countFile, atomically: true, encoding: .utf8)
            Thread.sleep(forTimeInterval: 1)
        }
    }
}

/// Requests answered, one counter per event loop (each touched by one thread only).
final class RequestCounter: @unchecked Sendable {
    private var counts: UnsafeMutablePointer<Int>
    private let slots: Int

    init(slots: Int) {
        self.slots = slots
        counts = .allocate(capacity: slots * 16)
        counts.initialize(repeating: 0, count: slots * 16)
    }

    func increment(_ slot: Int) { counts[slot * 16] += 1 }

    var total: Int { (0..<slots).reduce(0) { $0 + counts[$1 * 16] } }
}

/// Reads a request up to its blank line, answers `200 OK`, closes.
final class OKResponder: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private static let response = Array(
        "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nOK\n".utf8)
    private let counted: () -> Void
    private var tail: [UInt8] = []
    private var answered = false

    init(counted: @escaping () -> Void) { self.counted = counted }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !answered else { return }
        let buffer = unwrapInboundIn(data)
        tail = Array((tail + buffer.readableBytesView).suffix(4))
        guard tail == [13, 10, 13, 10] else { return }
        answered = true
        counted()
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(channel.allocator.buffer(bytes: Self.response))).whenComplete { _ in
            channel.close(promise: nil)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
