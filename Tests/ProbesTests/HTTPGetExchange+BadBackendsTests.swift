import Foundation
import HealthCheck
import NIOCore
import NIOPosix
import Testing

@testable import Probes

/// Backends that accept and never answer, answer garbage, reset mid-response, send endless bodies
/// or drip one byte a second: every check ends within its timeout (plus slack for a loaded machine).
@Suite struct HTTPGetExchangeBadBackendsTests {
    static let timeout = Duration.seconds(3)
    /// For backends that must fail long before the deadline: a wide margin, so a loaded machine
    /// cannot stretch a prompt failure past it, while a check that waited for the deadline still fails.
    static let promptTimeout = Duration.seconds(10)
    static let slack = Duration.seconds(12)
    static let head = Array("HTTP/1.0 200 OK\r\nServer: test\r\n\r\n".utf8)

    static func probe(
        _ server: ScriptedTCPServer, digest: String? = nil, engine: ProbeEngine = .reactor, timeout: Duration = timeout
    ) async -> (ProbeResult, Duration) {
        await timed {
            await engine.makeRunner().run(.local(.http(.get(digest: digest)), port: server.port, timeout: timeout))
        }
    }

    @Test("a backend that accepts and never answers fails at the deadline", arguments: ProbeEngine.allCases)
    func silent(engine: ProbeEngine) async throws {
        let server = try await ScriptedTCPServer.start(.silent)
        defer { Task { await server.close() } }
        let (result, elapsed) = await Self.probe(server, engine: engine)
        #expect(result == .failure(reason: "timeout reading HTTP response"))
        #expect(elapsed >= Self.timeout - .milliseconds(50) && elapsed < Self.timeout + Self.slack)
    }

    @Test("garbage answers fail as soon as the backend closes", arguments: [
        Array("\u{0}\u{1}\u{2}binary junk\r\n\r\nmore".utf8), Array("SSH-2.0-OpenSSH_9.2\r\n".utf8), [UInt8](repeating: 0xff, count: 10000),
    ], ProbeEngine.allCases)
    func garbage(bytes: [UInt8], engine: ProbeEngine) async throws {
        let server = try await ScriptedTCPServer.start(.respond(bytes))
        defer { Task { await server.close() } }
        let (result, elapsed) = await Self.probe(server, engine: engine, timeout: Self.promptTimeout)
        #expect(!result.isSuccess)
        #expect(elapsed < Self.promptTimeout - .seconds(1))
    }

    @Test("a reset in the middle of the response fails, even after a good status line", arguments: ProbeEngine.allCases)
    func resetMidResponse(engine: ProbeEngine) async throws {
        let server = try await ScriptedTCPServer.start(.reset(after: Array("HTTP/1.0 200 OK\r\nContent-Length: 1000\r\n\r\npartial".utf8)))
        defer { Task { await server.close() } }
        let (result, elapsed) = await Self.probe(server, engine: engine, timeout: Self.promptTimeout)
        #expect(result == .failure(reason: "read error: connection reset by peer"))
        #expect(elapsed < Self.promptTimeout - .seconds(1))
    }

    @Test("an endless body fails at the deadline, hashed as it streams, without memory growth", arguments: ProbeEngine.allCases)
    func endlessBody(engine: ProbeEngine) async throws {
        let server = try await ScriptedTCPServer.start(.endless(head: Self.head, chunk: [UInt8](repeating: 0x41, count: 16384)))
        defer { Task { await server.close() } }
        let before = ResidentMemory.current()
        let (result, elapsed) = await Self.probe(server, digest: String(repeating: "0", count: 32), engine: engine)
        #expect(result == .failure(reason: "timeout reading HTTP response"))
        #expect(elapsed < Self.timeout + Self.slack)
        #expect(ResidentMemory.current() - before < 64 << 20)
    }

    @Test("an endless header fails when it passes 64 KiB, before the deadline", arguments: ProbeEngine.allCases)
    func endlessHeader(engine: ProbeEngine) async throws {
        let server = try await ScriptedTCPServer.start(
            .endless(head: Array("HTTP/1.0 200 OK\r\n".utf8), chunk: Array("X-Padding: aaaaaaaaaaaaaaaa\r\n".utf8)))
        defer { Task { await server.close() } }
        let (result, elapsed) = await Self.probe(server, engine: engine, timeout: Self.promptTimeout)
        #expect(result == .failure(reason: "HTTP response header larger than 65536 bytes"))
        #expect(elapsed < Self.promptTimeout - .seconds(1))
    }

    @Test("a backend dripping one byte a second cannot stretch the check past its deadline", arguments: ProbeEngine.allCases)
    func drip(engine: ProbeEngine) async throws {
        let server = try await ScriptedTCPServer.start(.drip(Self.head + Array("body".utf8), interval: .seconds(1)))
        defer { Task { await server.close() } }
        let (result, elapsed) = await Self.probe(server, engine: engine)
        #expect(result == .failure(reason: "timeout reading HTTP response"))
        #expect(elapsed < Self.timeout + Self.slack)
    }

    @Test("hundreds of misbehaving backends do not delay a healthy check on the same thread", arguments: ProbeEngine.allCases)
    func noStall(engine: ProbeEngine) async throws {
        // The probes get a loop of their own, so the flood does not slow other tests' probes.
        let probeGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let silent = try await ScriptedTCPServer.start(.silent)
        let drip = try await ScriptedTCPServer.start(.drip(Self.head, interval: .seconds(1)))
        let endless = try await ScriptedTCPServer.start(.endless(head: Self.head, chunk: [UInt8](repeating: 0x42, count: 16384)))
        let bad = [silent, drip, silent, drip, silent, endless]
        let good = try await ScriptedTCPServer.start(.respond(Array("HTTP/1.0 200 OK\r\n\r\nfine".utf8)))
        let streams = engine == .reactor ? try StreamProbeReactor() : nil
        let runner = ProbeRunner(eventLoop: probeGroup.next(), streams: streams)
        let digest = String(repeating: "0", count: 32)
        let badFutures = (0..<300).map { index in
            runner.probe(.local(.http(.get(digest: digest)), port: bad[index % bad.count].port, timeout: .seconds(5)))
        }
        let (healthy, elapsed) = await timed {
            await runner.run(.local(.http(.get()), port: good.port, timeout: .seconds(5)))
        }
        #expect(healthy == .success)
        #expect(elapsed < .seconds(15))
        let results = try await EventLoopFuture.whenAllSucceed(badFutures, on: runner.eventLoop).get()
        #expect(results.allSatisfy { !$0.isSuccess })
        for server in [silent, drip, endless, good] { await server.close() }
        try await probeGroup.shutdownGracefully()
    }
}
