import Daemon
import Foundation
import Testing

/// `--status-listen`: the TCP listener serves the page, the document and the metrics, and nothing else.
@Suite(.timeLimit(.minutes(1))) struct StatusServerListenTests {
    private func start(in directory: String) async throws -> (StatusServer, Int) {
        var options = StatusServerOptions(socketPath: "\(directory)/vigil.sock")
        options.statusListen = StatusListenAddress(host: "127.0.0.1", port: 0)
        let server = StatusServer(options: options, provider: { StatusFixture.document })
        try await server.start()
        return (server, try #require(server.statusListenPort))
    }

    @Test func slashIsTheSelfContainedStatusPage() async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (server, port) = try await start(in: directory)
        let page = try RawHTTPClient.exchange(tcpPort: port, "GET / HTTP/1.0\r\n\r\n")
        #expect(page.hasPrefix("HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"))
        #expect(page.contains("fetch(\"/status\""))
        // No external asset: the page must work on an isolated network.
        #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("src="))
        await server.stop()
    }

    @Test func statusAndMetricsAreServedAsOnTheSocket() async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (server, port) = try await start(in: directory)
        let status = try RawHTTPClient.exchange(tcpPort: port, "GET /status HTTP/1.0\r\n\r\n")
        #expect(status.hasPrefix("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n"))
        let metrics = try RawHTTPClient.exchange(tcpPort: port, "GET /metrics HTTP/1.0\r\n\r\n")
        #expect(metrics.hasSuffix(StatusFixture.document.prometheusText()))
        await server.stop()
    }

    @Test(arguments: ["POST /status", "PUT /", "DELETE /metrics", "POST /reload"])
    func nothingButGetAndHeadIsAccepted(request: String) async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (server, port) = try await start(in: directory)
        let answer = try RawHTTPClient.exchange(tcpPort: port, "\(request) HTTP/1.0\r\nContent-Length: 0\r\n\r\n")
        #expect(answer.hasPrefix("HTTP/1.0 405 "))
        await server.stop()
    }

    @Test func theSocketStillAnswersSlashWithTheDocument() async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (server, _) = try await start(in: directory)
        let answer = try RawHTTPClient.exchange(unixPath: "\(directory)/vigil.sock", "GET / HTTP/1.0\r\n\r\n")
        #expect(answer.hasPrefix("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n"))
        await server.stop()
    }
}
