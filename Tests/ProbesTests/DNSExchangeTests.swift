import HealthCheck
import Testing

@testable import Probes

@Suite struct DNSExchangeTests {
    /// The header of a reply to `query` with `flags`, echoing its question.
    static func reply(to query: [UInt8], flags: UInt16, id: [UInt8]? = nil) -> [UInt8] {
        guard query.count >= 12 else { return [] }
        return (id ?? Array(query[0...1])) + [UInt8(flags >> 8), UInt8(flags & 0xff), 0, 1, 0, 0, 0, 0, 0, 0] + Array(query[12...])
    }

    @Test("an answer with the same id, QR set and RCODE 0 passes; the question is the configured one")
    func answered() async throws {
        let server = try await ScriptedUDPServer.start { [Self.reply(to: $0, flags: 0x8180)] }
        defer { Task { await server.close() } }
        let result = await TestLoops.makeRunner().run(.local(.dns(DNSProbe(type: .mx, name: "example.com")), port: server.port))
        #expect(result == .success)
        let query = try #require(server.received.first)
        #expect(Array(query[12...]) == [7] + Array("example".utf8) + [3] + Array("com".utf8) + [0, 0, 15, 0, 1])
    }

    @Test("an error RCODE fails")
    func rcode() async throws {
        let server = try await ScriptedUDPServer.start { [Self.reply(to: $0, flags: 0x8182)] }
        defer { Task { await server.close() } }
        let result = await TestLoops.makeRunner().run(.local(.dns(DNSProbe()), port: server.port))
        #expect(result == .failure(reason: "DNS reply with rcode 2"))
    }

    @Test("stray datagrams (other id, not a response, too short) are skipped until the real answer")
    func strays() async throws {
        let server = try await ScriptedUDPServer.start { query in
            [[1, 2, 3], Self.reply(to: query, flags: 0x8180, id: [0, 0]), Self.reply(to: query, flags: 0x0100),
             Self.reply(to: query, flags: 0x8180)]
        }
        defer { Task { await server.close() } }
        #expect(await TestLoops.makeRunner().run(.local(.dns(DNSProbe(type: .a, name: "x")), port: server.port)) == .success)
    }

    @Test("silence fails at the deadline; a closed port fails at once")
    func silenceAndRefusal() async throws {
        let silent = try await ScriptedUDPServer.start { _ in [] }
        let closed = try await ScriptedUDPServer.start { _ in [] }
        await closed.close()
        defer { Task { await silent.close() } }
        let runner = TestLoops.makeRunner()
        let (quiet, quietTime) = await timed { await runner.run(.local(.dns(DNSProbe()), port: silent.port, timeout: .seconds(1))) }
        #expect(quiet == .failure(reason: "timeout waiting for DNS reply"))
        #expect(quietTime < .seconds(15))
        let (refused, refusedTime) = await timed { await runner.run(.local(.dns(DNSProbe()), port: closed.port, timeout: .seconds(3))) }
        #expect(refused == .failure(reason: "DNS read error: connection refused"))
        #expect(refusedTime < .seconds(15))
    }
}
