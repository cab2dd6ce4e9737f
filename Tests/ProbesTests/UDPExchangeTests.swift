import HealthCheck
import Testing

@testable import Probes

@Suite struct UDPExchangeTests {
    @Test("a matching reply passes and the payload arrives as configured")
    func matchingReply() async throws {
        let server = try await ScriptedUDPServer.start { [$0 + [0x99]] }
        defer { Task { await server.close() } }
        let probe = UDPProbe(payload: [0xCA, 0xFE], requiredReply: [0xCA, nil, 0x99], minimumReplyLength: 3, maximumReplyLength: 3)
        #expect(await TestLoops.makeRunner().run(.local(.udp(probe), port: server.port)) == .success)
        #expect(server.received == [[0xCA, 0xFE]])
    }

    @Test("a reply that does not match fails")
    func mismatch() async throws {
        let server = try await ScriptedUDPServer.start { _ in [[0x00, 0x01]] }
        defer { Task { await server.close() } }
        let probe = UDPProbe(payload: [1], requiredReply: [0x00, 0x02])
        #expect(await TestLoops.makeRunner().run(.local(.udp(probe), port: server.port)) == .failure(reason: "UDP reply mismatch"))
    }

    @Test("without require_reply, silence until the deadline passes; with it, silence fails")
    func silence() async throws {
        let server = try await ScriptedUDPServer.start { _ in [] }
        defer { Task { await server.close() } }
        let runner = TestLoops.makeRunner()
        let (open, openTime) = await timed {
            await runner.run(.local(.udp(UDPProbe(payload: [1])), port: server.port, timeout: .milliseconds(500)))
        }
        #expect(open == .success)
        #expect(openTime >= .milliseconds(450) && openTime < .seconds(15))
        let required = UDPProbe(payload: [1], requiredReply: [])
        #expect(await runner.run(.local(.udp(required), port: server.port, timeout: .milliseconds(500)))
            == .failure(reason: "timeout waiting for UDP reply"))
    }

    @Test("an ICMP port unreachable fails before the deadline")
    func portUnreachable() async throws {
        let closed = try await ScriptedUDPServer.start { _ in [] }
        await closed.close()
        let (result, elapsed) = await timed {
            await TestLoops.makeRunner().run(.local(.udp(UDPProbe(payload: [1])), port: closed.port, timeout: .seconds(3)))
        }
        #expect(result == .failure(reason: "UDP error: connection refused"))
        #expect(elapsed < .seconds(15))
    }

    @Test("UDP over IPv6 loopback works the same way")
    func ipv6() async throws {
        let server = try await ScriptedUDPServer.start(host: "::1") { [$0] }
        defer { Task { await server.close() } }
        let probe = UDPProbe(payload: [7], requiredReply: [7])
        #expect(await TestLoops.makeRunner().run(.local(.udp(probe), port: server.port, host: "::1")) == .success)
    }
}
