import HealthCheck
import NIOCore
import NetworkPrimitives
import Testing

@testable import Probes

@Suite struct TCPCheckTests {
    @Test("a listening port passes")
    func listening() async throws {
        let server = try await ScriptedTCPServer.start(.silent)
        defer { Task { await server.close() } }
        let result = await TestLoops.makeRunner().run(.local(.tcpConnect, port: server.port))
        #expect(result == .success)
        #expect(await waitUntil(timeout: .seconds(2)) { server.connectionCount == 1 })
    }

    @Test("a closed port fails at once with the refusal")
    func refused() async throws {
        let port = try await Self.closedPort()
        let (result, elapsed) = await TestLoops.makeRunner().timedRun(
            .local(.tcpConnect, port: port, timeout: Timing.patientTimeout))
        #expect(result == .failure(reason: "connect failed: connection refused"))
        #expect(elapsed < Timing.prompt)
    }

    @Test("a listener that never completes the handshake fails at connect_timeout")
    func blackhole() async throws {
        let listener = try FullBacklogListener()
        let key = ProbeKey.local(.tcpConnect, port: listener.port, timeout: .milliseconds(500))
        let (result, elapsed) = await TestLoops.makeRunner().timedRun(key)
        #expect(result == .failure(reason: "timeout connecting"))
        #expect(elapsed >= .milliseconds(450) && elapsed < .milliseconds(500) + Timing.slack)
        withExtendedLifetime(listener) {}
    }

    @Test("bindto and bind_port choose the source address and port")
    func bindSource() async throws {
        let server = try await ScriptedTCPServer.start(.silent)
        defer { Task { await server.close() } }
        let sourcePort = try await Self.closedPort()
        let target = ProbeTarget(
            address: .literal("127.0.0.1"), port: UInt16(server.port), bindAddress: .literal("127.0.0.2"),
            bindPort: UInt16(sourcePort))
        let result = await TestLoops.makeRunner().run(.tcpConnect, target: target, timeout: .seconds(2))
        #expect(result == .success)
        #expect(await waitUntil(timeout: .seconds(2)) { server.peers.count == 1 })
        #expect(server.peers.first??.ipAddress == "127.0.0.2")
        #expect(server.peers.first??.port == sourcePort)
    }

    /// A port nothing listens on: bound once by a test server, then closed.
    static func closedPort() async throws -> Int {
        let server = try await ScriptedTCPServer.start(.silent)
        await server.close()
        return server.port
    }
}
