import HealthCheck
import NIOCore
import NIOSSL
import Testing

@testable import Probes

/// SSL_GET against a local TLS server whose self-signed certificate is generated for the test.
@Suite struct HTTPGetExchangeTLSTests {
    static let page = "secure page"
    static let response = Array("HTTP/1.0 200 OK\r\nContent-Length: \(page.utf8.count)\r\n\r\n\(page)".utf8)

    static func startServer(_ behavior: ScriptedTCPServer.Behavior = .respond(response)) async throws
        -> (ScriptedTCPServer, SNIRecorder)
    {
        let names = SNIRecorder()
        let certificate = try await Blocking.run { try SelfSignedCertificate.generate() }
        let context = try certificate.serverContext(recordingInto: names)
        return (try await ScriptedTCPServer.start(behavior, tls: context), names)
    }

    static func sslGet(sni: HTTPProbe.TLS, digest: String? = nil, virtualHost: String? = nil) -> ProbeSpec {
        .http(HTTPProbe(urls: [.init(path: "/", digest: digest)], virtualHost: virtualHost, tls: sni))
    }

    @Test("SSL_GET passes against a self-signed certificate, like keepalived without a CA, and checks the digest")
    func selfSigned() async throws {
        let (server, names) = try await Self.startServer()
        defer { Task { await server.close() } }
        let digest = MD5.hex(MD5.digest(Array(Self.page.utf8)))
        let result = await TestLoops.makeRunner().run(.local(Self.sslGet(sni: .init(), digest: digest), port: server.port))
        #expect(result == .success)
        #expect(names.recorded == [""])
        #expect(server.receivedText.first?.hasPrefix("GET / HTTP/1.0\r\nUser-Agent: KeepAliveClient\r\n") == true)
    }

    @Test("enable_sni sends sni_name, else the virtual host")
    func serverNameIndication() async throws {
        let (server, names) = try await Self.startServer()
        defer { Task { await server.close() } }
        let runner = TestLoops.makeRunner()
        let named = Self.sslGet(sni: .init(enableSNI: true, serverName: "backend.example"), virtualHost: "vhost.example")
        let byHost = Self.sslGet(sni: .init(enableSNI: true), virtualHost: "vhost.example")
        let off = Self.sslGet(sni: .init(enableSNI: false, serverName: "ignored.example"))
        #expect(await runner.run(.local(named, port: server.port)) == .success)
        #expect(await runner.run(.local(byHost, port: server.port)) == .success)
        #expect(await runner.run(.local(off, port: server.port)) == .success)
        #expect(names.recorded == ["backend.example", "vhost.example", ""])
        #expect(server.receivedText[1].contains("\r\nHost: vhost.example\r\n"))
    }

    @Test("SSL_GET against a plain HTTP server fails quickly")
    func plainServer() async throws {
        let server = try await ScriptedTCPServer.start(.greetAndClose(Self.response))
        defer { Task { await server.close() } }
        let (result, elapsed) = await timed {
            await TestLoops.makeRunner().run(.local(Self.sslGet(sni: .init()), port: server.port, timeout: .seconds(3)))
        }
        #expect(!result.isSuccess)
        #expect(elapsed < .seconds(15))
    }

    @Test("a TLS backend that never answers fails at the deadline")
    func silentTLS() async throws {
        let (server, _) = try await Self.startServer(.silent)
        defer { Task { await server.close() } }
        let (result, elapsed) = await timed {
            await TestLoops.makeRunner().run(.local(Self.sslGet(sni: .init()), port: server.port, timeout: .seconds(1)))
        }
        #expect(result == .failure(reason: "timeout reading HTTPS response"))
        #expect(elapsed < .seconds(15))
    }
}
