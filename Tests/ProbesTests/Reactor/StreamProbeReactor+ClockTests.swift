import LinuxPlatform
import NetworkPrimitives
import Synchronization
import Testing

@testable import Probes

/// The reactor as a clock: sleeps end at or after their instant, in order, and cancelled ones
/// throw once.
@Suite struct StreamProbeReactorClockTests {
    @Test("a sleep returns at or after its instant; one already past returns at once")
    func sleepUntil() async throws {
        let reactor = try StreamProbeReactor()
        let deadline = reactor.now + .milliseconds(30)
        try await reactor.sleep(until: deadline)
        #expect(reactor.now >= deadline)
        let (_, elapsed) = try await timed { try await reactor.sleep(until: reactor.now - .seconds(1)) }
        #expect(elapsed < .seconds(5))
    }

    @Test("cancelling a sleep ends it with CancellationError, long before its instant")
    func cancellation() async throws {
        let reactor = try StreamProbeReactor()
        let started = reactor.now
        let sleeper = Task { try await reactor.sleep(until: reactor.now + .seconds(600)) }
        try await Task.sleep(for: .milliseconds(20))
        sleeper.cancel()
        let result = await sleeper.result
        #expect(throws: CancellationError.self) { try result.get() }
        #expect(reactor.now - started < .seconds(60))
    }

    @Test("sleeps cancelled at any point, before or after they reach the reactor, end exactly once")
    func cancellationRaces() async throws {
        let reactor = try StreamProbeReactor()
        let outcomes = Recorded<Bool>()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<500 {
                let sleeper = Task(executorPreference: index.isMultiple(of: 2) ? reactor : nil) {
                    try await reactor.sleep(until: reactor.now + .seconds(600))
                }
                group.addTask {
                    if index.isMultiple(of: 3) { await Task.yield() }
                    sleeper.cancel()
                    let cancelled = (try? await sleeper.value) == nil
                    outcomes.append(cancelled)
                }
            }
        }
        #expect(outcomes.values.count == 500)
        #expect(outcomes.values.allSatisfy { $0 })
    }

    @Test("many sleeps end in the order of their instants")
    func ordering() async throws {
        let reactor = try StreamProbeReactor()
        let woke = Recorded<Int>()
        // Far enough ahead that every sleep reaches the heap before the first is due.
        let base = reactor.now + .milliseconds(500)
        let offsets = (0..<100).map { ($0 * 37) % 100 }
        let tasks = offsets.map { offset in
            Task(executorPreference: reactor) {
                try await reactor.sleep(until: base + .milliseconds(2 * offset))
                woke.append(offset)
            }
        }
        for task in tasks { try await task.value }
        #expect(woke.values == Array(0..<100))
    }
}

/// Values appended from any thread.
final class Recorded<Value: Sendable>: Sendable {
    private let storage = Mutex<[Value]>([])
    func append(_ value: Value) { storage.withLock { $0.append(value) } }
    var values: [Value] { storage.withLock { $0 } }
}
