import NIOCore
import NIOPosix
import NIOSSL
import Synchronization

/// A local TCP (optionally TLS) server on 127.0.0.1 with an ephemeral port that plays a backend,
/// well-behaved or not. It records what clients sent and how many connected.
final class ScriptedTCPServer: Sendable {
    enum Behavior: Sendable {
        /// After the request's blank line: write `bytes`, then close.
        case respond([UInt8])
        /// Accept and never answer.
        case silent
        /// After the request: write `bytes`, then reset the connection (SO_LINGER 0).
        case reset(after: [UInt8])
        /// After the request: write `head`, then `chunk` for as long as the client reads.
        case endless(head: [UInt8], chunk: [UInt8])
        /// After the request: write `head` one byte per `interval`.
        case drip([UInt8], interval: TimeAmount)
        /// Write `bytes` as soon as the client connects, then close.
        case greetAndClose([UInt8])
        /// Write `greeting` on connect, then answer each received line with the next reply.
        case lineDialogue(greeting: [UInt8], replies: [[UInt8]])
    }

    let port: Int
    private let channel: any Channel
    private let recorder: Recorder
    /// Every server has a thread of its own, so a flooding server never delays another test's.
    private let group: MultiThreadedEventLoopGroup

    private init(port: Int, channel: any Channel, recorder: Recorder, group: MultiThreadedEventLoopGroup) {
        self.port = port
        self.channel = channel
        self.recorder = recorder
        self.group = group
    }

    var connectionCount: Int { recorder.state.withLock { $0.connections } }

    /// Everything each connection sent, in connection order.
    var received: [[UInt8]] { recorder.state.withLock { $0.received } }

    var receivedText: [String] { received.map { String(decoding: $0, as: UTF8.self) } }

    /// The client address of each connection, in connection order.
    var peers: [SocketAddress?] { recorder.state.withLock { $0.peers } }

    static func start(_ behavior: Behavior, tls: NIOSSLContext? = nil, host: String = "127.0.0.1") async throws
        -> ScriptedTCPServer
    {
        let recorder = Recorder()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            // Room for every connection a test opens at once (1,000): with NIO's default backlog a
            // loaded machine drops handshakes and a test would measure the backlog, not the probes.
            .serverChannelOption(ChannelOptions.backlog, value: 2048)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    let index = recorder.connected(from: child.remoteAddress)
                    if let tls { try child.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls)) }
                    try child.pipeline.syncOperations.addHandler(
                        ScriptedConnectionHandler(behavior: behavior) { bytes in recorder.record(bytes, at: index) })
                }
            }
            .bind(host: host, port: 0).get()
        return ScriptedTCPServer(port: channel.localAddress?.port ?? 0, channel: channel, recorder: recorder, group: group)
    }

    func close() async {
        try? await channel.close()
        try? await group.shutdownGracefully()
    }
}

/// Connection count and bytes per connection, shared between the server's handlers and the test.
private final class Recorder: Sendable {
    let state = Mutex<(connections: Int, received: [[UInt8]], peers: [SocketAddress?])>((0, [], []))

    func connected(from peer: SocketAddress?) -> Int {
        state.withLock { state in
            state.connections += 1
            state.received.append([])
            state.peers.append(peer)
            return state.connections - 1
        }
    }

    func record(_ bytes: [UInt8], at index: Int) {
        state.withLock { state in
            if state.received[index].count < 65536 { state.received[index] += bytes }
        }
    }
}
