import Glibc
import HealthCheck
import NIOCore
import NetworkPrimitives
import TestSupport
import Testing

@testable import Probes

@Suite struct TCPConnectExchangeTests {
    @Test("a listening port passes", arguments: ProbeEngine.allCases)
    func listening(engine: ProbeEngine) async throws {
        let server = try await ScriptedTCPServer.start(.silent)
        defer { Task { await server.close() } }
        let result = await engine.makeRunner().run(.local(.tcpConnect, port: server.port))
        #expect(result == .success)
        #expect(await waitUntil(timeout: .seconds(2)) { server.connectionCount == 1 })
    }

    @Test("a closed port fails at once with the refusal", arguments: ProbeEngine.allCases)
    func refused(engine: ProbeEngine) async throws {
        let port = try await Self.closedPort()
        let (result, elapsed) = await timed {
            await engine.makeRunner().run(.local(.tcpConnect, port: port, timeout: .seconds(3)))
        }
        #expect(result == .failure(reason: "connect failed: connection refused"))
        #expect(elapsed < .seconds(15))
    }

    @Test("a listener that never completes the handshake fails at connect_timeout", arguments: ProbeEngine.allCases)
    func blackhole(engine: ProbeEngine) async throws {
        let listener = try FullBacklogListener()
        let key = ProbeKey.local(.tcpConnect, port: listener.port, timeout: .milliseconds(500))
        let (result, elapsed) = await timed { await engine.makeRunner().run(key) }
        #expect(result == .failure(reason: "timeout connecting"))
        #expect(elapsed >= .milliseconds(450) && elapsed < .seconds(15))
        withExtendedLifetime(listener) {}
    }

    @Test("bindto and bind_port choose the source address and port", arguments: ProbeEngine.allCases)
    func bindSource(engine: ProbeEngine) async throws {
        // A plain listener: accept reports the peer even after the check's reset, where NIO's
        // accepted channel asks getpeername, which fails once the reset has arrived.
        let listener = try LoopbackListener()
        defer { listener.close() }
        let sourcePort = try await Self.closedPort()
        let target = ProbeTarget(
            address: IPAddress("127.0.0.1")!, port: UInt16(listener.port), bindAddress: IPAddress("127.0.0.2")!,
            bindPort: UInt16(sourcePort))
        let result = await engine.makeRunner().run(.tcpConnect, target: target, timeout: .seconds(2))
        #expect(result == .success)
        let peer = try listener.acceptWithPeer()
        Glibc.close(peer.fd)
        #expect(peer.address == "127.0.0.2")
        #expect(peer.port == sourcePort)
    }

    /// A port nothing listens on: bound once by a test server, then closed.
    static func closedPort() async throws -> Int {
        let server = try await ScriptedTCPServer.start(.silent)
        await server.close()
        return server.port
    }
}
