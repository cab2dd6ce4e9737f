import Daemon
import Foundation
import Glibc
import Testing

private func server(in directory: String, metricsPort: Int? = nil, requestTimeout: Duration = .seconds(5))
    -> StatusServer
{
    StatusServer(
        options: StatusServerOptions(
            socketPath: "\(directory)/run/vigil.sock", metricsPort: metricsPort, requestTimeout: requestTimeout),
        provider: { StatusFixture.document })
}

private func mode(_ path: String) -> mode_t? {
    var status = stat()
    return lstat(path, &status) == 0 ? status.st_mode & 0o7777 : nil
}

@Suite(.timeLimit(.minutes(1))) struct StatusServerTests {
    @Test func getStatusAnswersTheProvidersDocumentAsJSONOverTheSocket() async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let status = server(in: directory)
        try await status.start()
        let client = StatusClient(socketPath: status.options.socketPath)
        #expect(try await client.status() == StatusFixture.document)
        let raw = try RawHTTPClient.exchange(unixPath: status.options.socketPath, "GET /status HTTP/1.0\r\n\r\n")
        #expect(raw.hasPrefix("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n"))
        await status.stop()
    }

    @Test func getMetricsAnswersPrometheusText() async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let status = server(in: directory)
        try await status.start()
        let raw = try RawHTTPClient.exchange(
            unixPath: status.options.socketPath, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(raw.hasPrefix("HTTP/1.0 200 OK\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\n"))
        #expect(raw.hasSuffix(StatusFixture.document.prometheusText()))
        let head = try RawHTTPClient.exchange(unixPath: status.options.socketPath, "HEAD /metrics HTTP/1.0\r\n\r\n")
        #expect(head.hasSuffix("Connection: close\r\n\r\n"))
        await status.stop()
    }

    @Test func theSocketIsCreatedMode0600InADirectoryMadeForIt() async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let status = server(in: directory)
        try await status.start()
        #expect(mode(status.options.socketPath) == 0o600)
        #expect(mode("\(directory)/run") == 0o755)
        await status.stop()
        #expect(mode(status.options.socketPath) == nil)
    }

    @Test func unknownPathsAndMethodsGetErrors() async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let status = server(in: directory)
        try await status.start()
        let path = status.options.socketPath
        #expect(try RawHTTPClient.exchange(unixPath: path, "GET /x HTTP/1.0\r\n\r\n").hasPrefix("HTTP/1.0 404 "))
        #expect(
            try RawHTTPClient.exchange(unixPath: path, "DELETE /status HTTP/1.0\r\n\r\n").hasPrefix("HTTP/1.0 405 "))
        #expect(try RawHTTPClient.exchange(unixPath: path, "garbage\r\n\r\n").hasPrefix("HTTP/1.0 400 "))
        let endless = "GET /status HTTP/1.0\r\n" + String(repeating: "X-Pad: 0123456789\r\n", count: 600)
        #expect(try RawHTTPClient.exchange(unixPath: path, endless).hasPrefix("HTTP/1.0 431 "))
        do {
            _ = try await StatusClient(socketPath: path).get("/x")
            Issue.record("a 404 must throw")
        } catch {
            #expect(error == .httpStatus(404, "try /status or /metrics"))
        }
        await status.stop()
    }

    @Test func aConnectionThatSendsNothingIsClosedAfterTheRequestTimeout() async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let status = server(in: directory, requestTimeout: .milliseconds(200))
        try await status.start()
        #expect(try RawHTTPClient.exchange(unixPath: status.options.socketPath, "", timeout: .seconds(5)) == "")
        await status.stop()
    }

    @Test func theOptionalTCPListenerServesMetricsOnlyOnLoopback() async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let status = server(in: directory, metricsPort: 0)
        try await status.start()
        let port = try #require(status.metricsPort)
        let metrics = try RawHTTPClient.exchange(tcpPort: port, "GET /metrics HTTP/1.0\r\n\r\n")
        #expect(metrics.contains(#"vigil_vrrp_instance_state{instance="VI_1"} 2"#))
        #expect(try RawHTTPClient.exchange(tcpPort: port, "GET /status HTTP/1.0\r\n\r\n").hasPrefix("HTTP/1.0 404 "))
        await status.stop()
    }

    @Test func noTCPPortIsOpenedByDefault() async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let status = server(in: directory)
        try await status.start()
        #expect(status.metricsPort == nil)
        await status.stop()
    }

    @Test func aStaleSocketIsReplacedButALiveOneIsRefused() async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = server(in: directory)
        try await first.start()
        await #expect(throws: StatusServerError.socketInUse(first.options.socketPath)) {
            try await server(in: directory).start()
        }
        #expect(try await StatusClient(socketPath: first.options.socketPath).status() == StatusFixture.document)
        await first.stop()

        // A socket file nobody listens on, as a killed daemon leaves it.
        let stale = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in first.options.socketPath.utf8.enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(stale, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        close(stale)
        #expect(bound == 0 && mode(first.options.socketPath) != nil)
        let second = server(in: directory)
        try await second.start()
        #expect(try await StatusClient(socketPath: second.options.socketPath).status() == StatusFixture.document)
        await second.stop()
    }

    @Test func aFileThatIsNotASocketIsLeftAlone() async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: "\(directory)/run", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: "\(directory)/run/vigil.sock", contents: Data("keep".utf8)))
        let status = server(in: directory)
        await #expect(throws: StatusServerError.notASocket(status.options.socketPath)) { try await status.start() }
        #expect(FileManager.default.contents(atPath: status.options.socketPath) == Data("keep".utf8))
    }
}

@Suite struct StatusClientTests {
    @Test func withNoDaemonTheClientSaysSo() async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            _ = try await StatusClient(socketPath: "\(directory)/vigil.sock").status()
            Issue.record("no daemon must throw")
        } catch {
            guard case .noDaemon(let path, let reason) = error else {
                Issue.record("expected noDaemon, got \(error)")
                return
            }
            #expect(path == "\(directory)/vigil.sock" && reason == "No such file or directory")
            #expect("\(error)".hasPrefix("no Vigil daemon is running"))
        }
    }
}
