import HealthCheck
import NetworkPrimitives
import Synchronization
import TestSupport
import Testing

@testable import Probes

/// The reactor's own rules: slots, queueing, timed starts, the specs it accepts, and what happens
/// to probes still pending when it goes away.
@Suite struct StreamProbeReactorTests {
    static let ok = Array("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok".utf8)

    /// Starts `keys` on `reactor` and waits for every result, in the order of `keys`.
    static func results(
        _ keys: [ProbeKey], on reactor: StreamProbeReactor, startAt: MonotonicInstant? = nil
    ) async -> [ProbeResult] {
        await withTaskGroup(of: (Int, ProbeResult).self) { group in
            for (index, key) in keys.enumerated() {
                group.addTask {
                    await withCheckedContinuation { continuation in
                        reactor.start(key, startAt: startAt) { continuation.resume(returning: $0) }
                    }
                    .withIndex(index)
                }
            }
            var results = [ProbeResult?](repeating: nil, count: keys.count)
            for await (index, result) in group { results[index] = result }
            return results.map { $0 ?? .failure(reason: "missing") }
        }
    }

    @Test("more probes than slots queue and all complete, one connection each")
    func queueing() async throws {
        let server = try await ScriptedTCPServer.start(.respond(Self.ok))
        defer { Task { await server.close() } }
        let reactor = try StreamProbeReactor(maximumInFlight: 8)
        let keys = (0..<400).map { _ in ProbeKey.local(.http(.get()), port: server.port, timeout: .seconds(30)) }
        let results = await Self.results(keys, on: reactor)
        #expect(results.allSatisfy { $0 == .success })
        #expect(server.connectionCount == 400)
    }

    @Test("a queued probe whose budget runs out while it waits fails unstarted")
    func budgetSpentWaiting() async throws {
        let silent = try await ScriptedTCPServer.start(.silent)
        defer { Task { await silent.close() } }
        let reactor = try StreamProbeReactor(maximumInFlight: 1)
        // The blocker holds the only slot long after the starved probe's budget ran out.
        let blocker = ProbeKey.local(.http(.get()), port: silent.port, timeout: .seconds(10))
        let starved = ProbeKey.local(.tcpConnect, port: silent.port, timeout: .milliseconds(300))
        let first = Mutex<ProbeResult?>(nil)
        reactor.start(blocker) { result in first.withLock { $0 = result } }
        #expect(await waitUntil(timeout: .seconds(5)) { silent.connectionCount == 1 })
        let results = await Self.results([starved], on: reactor)
        #expect(results == [.failure(reason: "not started within 0.3 seconds: 1 probes in flight")])
        #expect(await waitUntil(timeout: .seconds(30)) { first.withLock { $0 } != nil })
        #expect(first.withLock { $0 } == .failure(reason: "timeout reading HTTP response"))
    }

    @Test("a timed start waits for its instant, less the coalescing window")
    func timedStart() async throws {
        let server = try await ScriptedTCPServer.start(.silent)
        defer { Task { await server.close() } }
        let reactor = try StreamProbeReactor(startCoalescing: .milliseconds(50))
        let startAt = StreamProbeReactor.now() + .milliseconds(400)
        let key = ProbeKey.local(.tcpConnect, port: server.port, timeout: .seconds(5))
        let results = await Self.results([key], on: reactor, startAt: startAt)
        #expect(results == [.success])
        #expect(StreamProbeReactor.now() >= startAt - .milliseconds(50))
    }

    @Test("probes of other kinds are refused at once", arguments: [ProbeSpec.ping, .http(HTTPProbe(urls: [.init(path: "/")], tls: .init()))])
    func refusesOtherSpecs(spec: ProbeSpec) async throws {
        let reactor = try StreamProbeReactor()
        let results = await Self.results([ProbeKey.local(spec, port: 1)], on: reactor)
        #expect(results == [.failure(reason: "\(spec.keyword) is not run by the stream reactor")])
        #expect(!StreamProbeReactor.runs(spec))
    }

    @Test("checks on recycled sockets keep their results apart: good, bad status, reset and refused in turn")
    func recycledSocketsKeepResultsApart() async throws {
        let good = try await ScriptedTCPServer.start(.respond(Self.ok))
        let bad = try await ScriptedTCPServer.start(.respond(Array("HTTP/1.0 500 Oops\r\n\r\n".utf8)))
        let reset = try await ScriptedTCPServer.start(.reset(after: Array("HTTP/1.0 200".utf8)))
        defer { Task { await good.close(); await bad.close(); await reset.close() } }
        let reactor = try StreamProbeReactor(maximumInFlight: 2)
        let rounds = 25
        for _ in 0..<rounds {
            let results = await Self.results(
                [
                    .local(.http(.get()), port: good.port), .local(.http(.get()), port: bad.port),
                    .local(.tcpConnect, port: good.port), .local(.http(.get()), port: reset.port),
                    .local(.http(.get()), port: 1), .local(.tcpConnect, port: 1),
                ], on: reactor)
            #expect(results[0] == .success)
            #expect(results[1] == .failure(reason: "HTTP status code 500"))
            #expect(results[2] == .success)
            #expect(results[3] != .success)
            #expect(results[4] == .failure(reason: "connect failed: connection refused"))
            #expect(results[5] == .failure(reason: "connect failed: connection refused"))
        }
        #expect(good.connectionCount == 2 * rounds)
        #expect(bad.connectionCount == rounds)
    }

    @Test(
        "a batching pause ends on the 10 ms grid the checker timer uses",
        arguments: [(Int64(1_000_000_000), Int64(10_000_000)), (1_003_400_000, 6_600_000), (1_009_999_999, 1)])
    func batchingPauseEndsOnTheGrid(now: Int64, expected: Int64) {
        let loop = StreamProbeLoop(
            epoll: -1, maximumInFlight: 1, startCoalescing: .zero, eventBatching: .milliseconds(10), failure: nil)
        loop.now = MonotonicInstant(nanoseconds: now)
        #expect(loop.untilNextBatch() == .nanoseconds(expected))
    }

    @Test("releasing the reactor fails the probes it still holds")
    func releaseFailsPending() async throws {
        let silent = try await ScriptedTCPServer.start(.silent)
        defer { Task { await silent.close() } }
        let outcome = Mutex<[ProbeResult]>([])
        var reactor: StreamProbeReactor? = try StreamProbeReactor()
        for _ in 0..<3 {
            reactor?.start(.local(.http(.get()), port: silent.port, timeout: .seconds(60))) { result in
                outcome.withLock { $0.append(result) }
            }
        }
        #expect(await waitUntil(timeout: .seconds(10)) { silent.connectionCount == 3 })
        reactor = nil
        #expect(outcome.withLock { $0 } == Array(repeating: .failure(reason: "probe runner stopped"), count: 3))
    }

    @Test("the last reference dropped in a completion, on the reactor thread, still stops it")
    func releaseOnItsOwnThread() async throws {
        let silent = try await ScriptedTCPServer.start(.silent)
        defer { Task { await silent.close() } }
        let refusedPort = try await TCPConnectExchangeTests.closedPort()
        let holder = Mutex<StreamProbeReactor?>(try StreamProbeReactor())
        let outcome = Mutex<ProbeResult?>(nil)
        holder.withLock { reactor in
            reactor?.start(.local(.http(.get()), port: silent.port, timeout: .seconds(60))) { result in
                outcome.withLock { $0 = result }
            }
        }
        #expect(await waitUntil(timeout: .seconds(10)) { silent.connectionCount == 1 })
        holder.withLock { reactor in
            reactor?.start(.local(.tcpConnect, port: refusedPort, timeout: .seconds(5))) { _ in
                holder.withLock { $0 = nil }
            }
        }
        #expect(await waitUntil(timeout: .seconds(10)) { outcome.withLock { $0 } != nil })
        #expect(outcome.withLock { $0 } == .failure(reason: "probe runner stopped"))
    }
}

extension ProbeResult {
    fileprivate func withIndex(_ index: Int) -> (Int, ProbeResult) { (index, self) }
}
