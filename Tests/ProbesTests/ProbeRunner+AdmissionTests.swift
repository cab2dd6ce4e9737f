import HealthCheck
import NIOCore
import Synchronization
import TestSupport
import Testing

@testable import Probes

/// The runner's one in-flight cap, for every probe kind (reactor and NIO alike).
@Suite struct ProbeRunnerAdmissionTests {
    /// Results by request number, filled from whatever thread a probe ends on.
    final class Results: Sendable {
        private let results = Mutex<[Int: ProbeResult]>([:])

        func record(_ index: Int) -> @Sendable (ProbeResult) -> Void {
            { result in self.results.withLock { $0[index] = result } }
        }

        var all: [Int: ProbeResult] { results.withLock { $0 } }
        var count: Int { results.withLock { $0.count } }
    }

    @Test("different probes run separately and report in the order they finish")
    func independentProbes() async throws {
        let fast = try await ScriptedTCPServer.start(.respond(Array("HTTP/1.0 200 OK\r\n\r\n".utf8)))
        let slow = try await ScriptedTCPServer.start(.silent)
        defer { Task { await fast.close(); await slow.close() } }
        let runner = TestLoops.makeRunner()
        let order = Mutex<[Int]>([])
        runner.start(.local(.http(.get()), port: slow.port, timeout: .seconds(3))) { _ in order.withLock { $0.append(1) } }
        runner.start(.local(.http(.get()), port: fast.port)) { _ in order.withLock { $0.append(2) } }
        #expect(await waitUntil(timeout: .seconds(15)) { order.withLock { $0.count } == 2 })
        #expect(order.withLock { $0 } == [2, 1])
        #expect(runner.load == (0, 0))
    }

    @Test("beyond maximumInFlight probes wait in order, and those that cannot start in time fail unstarted")
    func inFlightLimit() async throws {
        let server = try await ScriptedTCPServer.start(.silent)
        defer { Task { await server.close() } }
        let runner = ProbeRunner(eventLoop: TestLoops.runnerLoop, streams: TestLoops.streams, maximumInFlight: 5)
        let results = Results()
        // The five that start hold their slots for 3 s, far past the 0.6 s budget of the seven that
        // wait, so no slot can free in time even on a loaded machine.
        for index in 0..<12 {
            let key = ProbeKey.local(
                .http(.get("/\(index)")), port: server.port, timeout: .milliseconds(index < 5 ? 3000 : 600))
            runner.start(key, completion: results.record(index))
        }
        let load = runner.load
        #expect(load.inFlight == 5 && load.waiting == 7)
        let (_, elapsed) = await timed { _ = await waitUntil(timeout: .seconds(15)) { results.count == 12 } }
        let all = results.all
        #expect((0..<5).allSatisfy { all[$0] == .failure(reason: "timeout reading HTTP response") })
        #expect((5..<12).allSatisfy { all[$0] == .failure(reason: "not started within 0.6 seconds: 5 probes in flight") })
        #expect(elapsed < .seconds(15))
        #expect(server.connectionCount == 5)
    }

    @Test("with a small limit every probe still runs, a few at a time")
    func smallLimit() async throws {
        let server = try await ScriptedTCPServer.start(.respond(Array("HTTP/1.0 200 OK\r\n\r\n".utf8)))
        defer { Task { await server.close() } }
        let runner = ProbeRunner(eventLoop: TestLoops.runnerLoop, streams: TestLoops.streams, maximumInFlight: 3)
        let results = Results()
        for index in 0..<40 { runner.start(.local(.http(.get("/\(index)")), port: server.port), completion: results.record(index)) }
        #expect(await waitUntil(timeout: .seconds(30)) { results.count == 40 })
        #expect(results.all.values.allSatisfy { $0 == .success })
        #expect(server.connectionCount == 40)
    }

    @Test("event-loop probes (DNS, UDP) count against the same cap as the reactor's, and wait past their budget fails them")
    func everyKindIsCapped() async throws {
        let silentTCP = try await ScriptedTCPServer.start(.silent)
        let silentUDP = try await ScriptedUDPServer.start { _ in [] }
        defer { Task { await silentTCP.close(); await silentUDP.close() } }
        let runner = ProbeRunner(eventLoop: TestLoops.runnerLoop, streams: TestLoops.streams, maximumInFlight: 3)
        let results = Results()
        // Two HTTP_GET on the reactor and one DNS_CHECK on the event loop fill the three slots for 3 s;
        // a DNS_CHECK and a UDP_CHECK with a 0.6 s budget cannot start in time.
        runner.start(.local(.http(.get("/0")), port: silentTCP.port, timeout: .seconds(3)), completion: results.record(0))
        runner.start(.local(.dns(DNSProbe()), port: silentUDP.port, timeout: .seconds(3)), completion: results.record(1))
        runner.start(.local(.http(.get("/2")), port: silentTCP.port, timeout: .seconds(3)), completion: results.record(2))
        runner.start(.local(.dns(DNSProbe()), port: silentUDP.port, timeout: .milliseconds(600)), completion: results.record(3))
        let udp = UDPProbe(payload: [1], requiredReply: [1])
        runner.start(.local(.udp(udp), port: silentUDP.port, timeout: .milliseconds(600)), completion: results.record(4))
        let load = runner.load
        #expect(load.inFlight == 3 && load.waiting == 2)
        #expect(await waitUntil(timeout: .seconds(15)) { results.count == 5 })
        let all = results.all
        #expect(all[0] == .failure(reason: "timeout reading HTTP response"))
        #expect(all[1] == .failure(reason: "timeout waiting for DNS reply"))
        #expect(all[2] == .failure(reason: "timeout reading HTTP response"))
        #expect(all[3] == .failure(reason: "not started within 0.6 seconds: 3 probes in flight"))
        #expect(all[4] == .failure(reason: "not started within 0.6 seconds: 3 probes in flight"))
        #expect(silentUDP.received.count == 1)
        #expect(runner.load == (0, 0))
    }

    @Test("only NIO probes: beyond the cap a UDP_CHECK waits and starts when a slot frees")
    func nioProbesWaitForASlot() async throws {
        let silentUDP = try await ScriptedUDPServer.start { _ in [] }
        let echo = try await ScriptedUDPServer.start { [$0] }
        defer { Task { await silentUDP.close(); await echo.close() } }
        let runner = TestLoops.makeNIORunner(maximumInFlight: 1)
        let results = Results()
        runner.start(.local(.dns(DNSProbe()), port: silentUDP.port, timeout: .milliseconds(500)), completion: results.record(0))
        let udp = UDPProbe(payload: [7], requiredReply: [7])
        runner.start(.local(.udp(udp), port: echo.port, timeout: .seconds(5)), completion: results.record(1))
        #expect(runner.load == (1, 1))
        #expect(echo.received.isEmpty)
        #expect(await waitUntil(timeout: .seconds(15)) { results.count == 2 })
        #expect(results.all[0] == .failure(reason: "timeout waiting for DNS reply"))
        #expect(results.all[1] == .success)
    }
}
