import Foundation
import HealthCheck
import NIOCore
import NIOPosix
import NetworkPrimitives
import Testing

@testable import Probes

@Suite struct HTTPGetExchangeTests {
    static func response(_ status: String, body: String = "ok", contentLength: Bool = true) -> [UInt8] {
        let length = contentLength ? "Content-Length: \(body.utf8.count)\r\n" : ""
        return Array("HTTP/1.0 \(status)\r\nServer: test\r\n\(length)\r\n\(body)".utf8)
    }

    @Test("a 200 answer passes and the request is keepalived's", arguments: ProbeEngine.allCases)
    func okAndRequest(engine: ProbeEngine) async throws {
        let server = try await ScriptedTCPServer.start(.respond(Self.response("200 OK")))
        defer { Task { await server.close() } }
        let result = await engine.makeRunner().run(.local(.http(.get("/health")), port: server.port))
        #expect(result == .success)
        #expect(
            server.receivedText == ["GET /health HTTP/1.0\r\nUser-Agent: KeepAliveClient\r\nHost: 127.0.0.1:\(server.port)\r\n\r\n"])
    }

    @Test("a status outside the set fails with the code", arguments: ProbeEngine.allCases)
    func badStatus(engine: ProbeEngine) async throws {
        let server = try await ScriptedTCPServer.start(.respond(Self.response("503 Service Unavailable")))
        defer { Task { await server.close() } }
        let result = await engine.makeRunner().run(.local(.http(.get()), port: server.port))
        #expect(result == .failure(reason: "HTTP status code 503"))
    }

    @Test("the body's MD5 must equal digest", arguments: ProbeEngine.allCases)
    func digest(engine: ProbeEngine) async throws {
        let server = try await ScriptedTCPServer.start(.respond(Self.response("200 OK", body: "the page")))
        defer { Task { await server.close() } }
        let good = MD5.hex(MD5.digest(Array("the page".utf8)))
        let runner = engine.makeRunner()
        #expect(await runner.run(.local(.http(.get(digest: good)), port: server.port)) == .success)
        let bad = await runner.run(.local(.http(.get(digest: String(repeating: "0", count: 32))), port: server.port))
        #expect(bad == .failure(reason: "MD5 digest mismatch (got \(good))"))
    }

    @Test("every URL is fetched in turn and the first failing one is named", arguments: ProbeEngine.allCases)
    func multipleURLs(engine: ProbeEngine) async throws {
        let server = try await ScriptedTCPServer.start(.respond(Self.response("200 OK")))
        defer { Task { await server.close() } }
        let probe = HTTPProbe(urls: [
            .init(path: "/a"), .init(path: "/b", virtualHost: "b.example"), .init(path: "/c", statusCodes: [404...404]),
        ])
        let result = await engine.makeRunner().run(.local(.http(probe), port: server.port))
        #expect(result == .failure(reason: "HTTP status code 200 (url /c)"))
        #expect(server.receivedText.map { $0.split(separator: "\r\n").first.map(String.init) ?? "" } == [
            "GET /a HTTP/1.0", "GET /b HTTP/1.0", "GET /c HTTP/1.0",
        ])
        #expect(server.receivedText[1].contains("\r\nHost: b.example\r\n"))
    }

    @Test("HTTP/1.1 sends Connection: close and works against python's http.server with a digest", arguments: ProbeEngine.allCases)
    func pythonServer(engine: ProbeEngine) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-www-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = Array((0..<20000).map { _ in UInt8.random(in: 0x20...0x7e) })
        try Data(page).write(to: directory.appendingPathComponent("page.html"))
        let root = directory.path
        let server = try await Blocking.run { try PythonHTTPServer(directory: root) }
        let probe = HTTPProbe(
            urls: [.init(path: "/page.html", digest: MD5.hex(MD5.digest(page)))], protocolVersion: .http11)
        #expect(await engine.makeRunner().run(.local(.http(probe), port: server.port)) == .success)
        let missing = HTTPProbe(urls: [.init(path: "/missing.html")], protocolVersion: .http11)
        #expect(await engine.makeRunner().run(.local(.http(missing), port: server.port)) == .failure(reason: "HTTP status code 404"))
        try await Blocking.run { server.stop() }
    }

    @Test("a thousand checks run concurrently on the one event loop", arguments: ProbeEngine.allCases)
    func manyConcurrent(engine: ProbeEngine) async throws {
        let server = try await ScriptedTCPServer.start(.respond(Self.response("200 OK")))
        defer { Task { await server.close() } }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { Task { try await group.shutdownGracefully() } }
        let runner = try engine.makeRunner(isolatedOn: group.next())
        let futures = (0..<1000).map { _ in runner.probe(.local(.http(.get()), port: server.port, timeout: .seconds(20))) }
        let results = try await EventLoopFuture.whenAllSucceed(futures, on: runner.eventLoop).get()
        #expect(results.filter { $0 == .success }.count == 1000, "\(Set(results.filter { $0 != .success }))")
        #expect(server.connectionCount == 1000)
    }
}
