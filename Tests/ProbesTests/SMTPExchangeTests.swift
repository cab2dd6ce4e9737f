import HealthCheck
import Testing

@testable import Probes

@Suite struct SMTPExchangeTests {
    static func dialogue(_ greeting: String, _ replies: [String]) -> ScriptedTCPServer.Behavior {
        .lineDialogue(greeting: Array(greeting.utf8), replies: replies.map { Array($0.utf8) })
    }

    @Test("220, HELO, 250, QUIT, 221 passes and the server sees keepalived's commands")
    func conversation() async throws {
        let server = try await ScriptedTCPServer.start(
            Self.dialogue("220-mail.example ESMTP\r\n220 ready\r\n", ["250 mail.example\r\n", "221 bye\r\n"]))
        defer { Task { await server.close() } }
        let result = await TestLoops.makeRunner().run(.local(.smtp(SMTPProbe()), port: server.port))
        #expect(result == .success)
        #expect(server.receivedText.joined() == "HELO smtpchecker.keepalived.org\r\nQUIT\r\n")
    }

    @Test("a refusing greeting fails")
    func badGreeting() async throws {
        let server = try await ScriptedTCPServer.start(Self.dialogue("554 no service\r\n", []))
        defer { Task { await server.close() } }
        let result = await TestLoops.makeRunner().run(.local(.smtp(SMTPProbe(heloName: "me.example")), port: server.port))
        #expect(result == .failure(reason: "bad SMTP greeting 554"))
    }

    @Test("a server that stops talking fails at the deadline; one that hangs up fails at once")
    func silentAndClosed() async throws {
        let silent = try await ScriptedTCPServer.start(Self.dialogue("220 ready\r\n", []))
        let closing = try await ScriptedTCPServer.start(.greetAndClose(Array("220 ready\r\n".utf8)))
        defer { Task { await silent.close(); await closing.close() } }
        let runner = TestLoops.makeRunner()
        let (stalled, stalledTime) = await timed { await runner.run(.local(.smtp(SMTPProbe()), port: silent.port, timeout: .seconds(1))) }
        #expect(stalled == .failure(reason: "timeout in SMTP dialogue"))
        #expect(stalledTime < .seconds(15))
        let (hungUp, hungUpTime) = await timed { await runner.run(.local(.smtp(SMTPProbe()), port: closing.port, timeout: .seconds(3))) }
        #expect(hungUp == .failure(reason: "connection closed by server"))
        #expect(hungUpTime < .seconds(15))
    }
}
