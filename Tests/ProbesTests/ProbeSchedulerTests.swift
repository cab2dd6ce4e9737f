import HealthCheck
import NIOCore
import Synchronization
import TestSupport
import Testing

@testable import Probes

@Suite struct ProbeSchedulerTests {
    @Test("requests for a probe already in flight share it and every requester gets the result")
    func coalescing() async throws {
        let server = try await ScriptedTCPServer.start(.respond(Array("HTTP/1.0 200 OK\r\n\r\n".utf8)))
        defer { Task { await server.close() } }
        let scheduler = ProbeScheduler<String>(runner: TestLoops.makeRunner())
        let key = ProbeKey.local(.http(.get()), port: server.port)
        scheduler.start([(key, "vs1/rs"), (key, "vs2/rs"), (key, "vs1/rs")])
        var completions: [ProbeCompletion<String>] = []
        for await completion in scheduler.completions {
            completions.append(completion)
            if completions.count == 2 { break }
        }
        #expect(Set(completions.map(\.requester)) == ["vs1/rs", "vs2/rs"])
        #expect(completions.allSatisfy { $0.result == .success && $0.probe == key })
        #expect(server.connectionCount == 1)
    }

    @Test("different probes run separately and report in the order they finish")
    func independentProbes() async throws {
        let fast = try await ScriptedTCPServer.start(.respond(Array("HTTP/1.0 200 OK\r\n\r\n".utf8)))
        let slow = try await ScriptedTCPServer.start(.silent)
        defer { Task { await fast.close(); await slow.close() } }
        let scheduler = ProbeScheduler<Int>(runner: TestLoops.makeRunner())
        scheduler.start(.local(.http(.get()), port: slow.port, timeout: .seconds(3)), for: 1)
        scheduler.start(.local(.http(.get()), port: fast.port), for: 2)
        var order: [Int] = []
        for await completion in scheduler.completions {
            order.append(completion.requester)
            if order.count == 2 { break }
        }
        #expect(order == [2, 1])
        #expect(try await scheduler.load.get() == (0, 0))
    }

    @Test("a sink receives completions on the runner's event loop")
    func sink() async throws {
        let server = try await ScriptedTCPServer.start(.silent)
        defer { Task { await server.close() } }
        let runner = TestLoops.makeRunner()
        let seen = Mutex<[Bool]>([])
        let scheduler = ProbeScheduler<Int>(runner: runner) { _ in
            seen.withLock { $0.append(runner.eventLoop.inEventLoop) }
        }
        for index in 0..<20 { scheduler.start(.local(.tcpConnect, port: server.port), for: index) }
        #expect(await waitUntil(timeout: .seconds(5)) { seen.withLock { $0.count } == 20 })
        #expect(seen.withLock { $0.allSatisfy { $0 } })
    }

    @Test("beyond maximumInFlight probes wait in order, and those that cannot start in time fail unstarted")
    func inFlightLimit() async throws {
        let server = try await ScriptedTCPServer.start(.silent)
        defer { Task { await server.close() } }
        let scheduler = ProbeScheduler<Int>(runner: TestLoops.makeRunner(), maximumInFlight: 5)
        // The five that start hold their slots for 3 s, far past the 0.6 s budget of the seven that
        // wait, so no slot can free in time even on a loaded machine.
        scheduler.start((0..<12).map {
            (ProbeKey.local(.http(.get("/\($0)")), port: server.port, timeout: .milliseconds($0 < 5 ? 3000 : 600)), $0)
        })
        let load = try await scheduler.load.get()
        #expect(load.inFlight == 5 && load.waiting == 7)
        var results: [Int: ProbeResult] = [:]
        let (_, elapsed) = await timed {
            for await completion in scheduler.completions {
                results[completion.requester] = completion.result
                if results.count == 12 { break }
            }
        }
        #expect((0..<5).allSatisfy { results[$0] == .failure(reason: "timeout reading HTTP response") })
        #expect((5..<12).allSatisfy { results[$0] == .failure(reason: "not started within 0.6 seconds: 5 probes in flight") })
        #expect(elapsed < .seconds(15))
        #expect(server.connectionCount == 5)
    }

    @Test("with a small limit every probe still runs, a few at a time")
    func smallLimit() async throws {
        let server = try await ScriptedTCPServer.start(.respond(Array("HTTP/1.0 200 OK\r\n\r\n".utf8)))
        defer { Task { await server.close() } }
        let scheduler = ProbeScheduler<Int>(runner: TestLoops.makeRunner(), maximumInFlight: 3)
        scheduler.start((0..<40).map { (ProbeKey.local(.http(.get("/\($0)")), port: server.port), $0) })
        var successes = 0
        var received = 0
        for await completion in scheduler.completions {
            if completion.result == .success { successes += 1 }
            received += 1
            if received == 40 { break }
        }
        #expect(successes == 40)
        #expect(server.connectionCount == 40)
    }
}
