import Engine
import NetworkPrimitives
import Runtime
import Synchronization
import Testing

/// The loop's side of systemd's watchdog: keep-alives come from the loop itself, at the supervisor's
/// interval, and stop while the loop is stuck.
@Suite struct KeepAliveTests {
    @Test func theSupervisorHearsStartThenAKeepAliveEachIntervalThenStop() async {
        let supervisor = RecordingSupervisor(interval: .seconds(5))
        let harness = RuntimeHarness(supervisor: supervisor)
        let task = harness.start(harness.core())
        #expect(await harness.journal.waitUntil { _ in supervisor.events == ["started"] })
        for beat in 1...3 {
            // Ticks are anchored at the start: an advance counts even before the ticker sleeps.
            harness.clock.advance(by: .seconds(5))
            #expect(await harness.journal.waitUntil { _ in supervisor.aliveCount == beat })
        }
        _ = await harness.stop(task)
        #expect(supervisor.events == ["started", "alive", "alive", "alive", "stopping"])
    }

    @Test func noKeepAliveBeforeTheIntervalHasPassed() async {
        let supervisor = RecordingSupervisor(interval: .seconds(5))
        let harness = RuntimeHarness(supervisor: supervisor)
        let task = harness.start(harness.core())
        #expect(await harness.waitForTimer())
        harness.clock.advance(by: .milliseconds(4_999))
        #expect(harness.clock.sleeperCount == 1)
        _ = await harness.stop(task)
        #expect(supervisor.aliveCount == 0)
    }

    @Test func aStalledLoopStopsFeedingTheWatchdogAndResumesOnceFreed() async {
        let supervisor = RecordingSupervisor(interval: .seconds(5))
        let harness = RuntimeHarness(supervisor: supervisor)
        let gate = Gate()
        let runtime = harness.runtime
        let task = Task {
            await runtime.run(harness.core()) { command, _, _ in
                if command == .reload { await gate.wait() }
                return []
            }
        }
        #expect(await harness.journal.waitUntil { _ in supervisor.events == ["started"] })
        harness.clock.advance(by: .seconds(5))
        #expect(await harness.journal.waitUntil { _ in supervisor.aliveCount == 1 })
        // The loop enters a handler that does not return: it is stalled.
        runtime.inbox.post(.command(.reload))
        #expect(await harness.journal.waitUntil { _ in gate.isWaiting })
        for _ in 0..<4 { harness.clock.advance(by: .seconds(5)) }
        // The ticker sleeps again only once it has gone through every tick due.
        #expect(await harness.waitForTimer())
        #expect(supervisor.aliveCount == 1)
        gate.open()
        // One keep-alive was pending (never more than one queued); the loop takes it once free.
        #expect(await harness.journal.waitUntil { _ in supervisor.aliveCount == 2 })
        harness.clock.advance(by: .seconds(5))
        #expect(await harness.journal.waitUntil { _ in supervisor.aliveCount == 3 })
        _ = await harness.stop(task)
    }

    @Test func withoutAnIntervalNoKeepAliveIsScheduled() async {
        let supervisor = RecordingSupervisor(interval: nil)
        let harness = RuntimeHarness(supervisor: supervisor)
        let task = harness.start(harness.core())
        #expect(await harness.journal.waitUntil { _ in supervisor.events == ["started"] })
        #expect(harness.clock.sleeperCount == 0)
        _ = await harness.stop(task)
        #expect(supervisor.events == ["started", "stopping"])
    }
}

/// Records what the loop tells the service manager.
final class RecordingSupervisor: ServiceSupervisor {
    let keepAliveInterval: Duration?
    private let log = Mutex<[String]>([])

    init(interval: Duration?) { keepAliveInterval = interval }

    var events: [String] { log.withLock { $0 } }
    var aliveCount: Int { events.filter { $0 == "alive" }.count }

    func loopStarted() { log.withLock { $0.append("started") } }
    func loopAlive() { log.withLock { $0.append("alive") } }
    func loopStopping() { log.withLock { $0.append("stopping") } }
}

/// A handler that waits until the test opens it.
final class Gate: Sendable {
    private let state = Mutex<(waiting: Bool, continuation: CheckedContinuation<Void, Never>?, isOpen: Bool)>(
        (false, nil, false))

    var isWaiting: Bool { state.withLock { $0.waiting } }

    func wait() async {
        await withCheckedContinuation { continuation in
            let resumeNow = state.withLock { state -> Bool in
                if state.isOpen { return true }
                state.waiting = true
                state.continuation = continuation
                return false
            }
            if resumeNow { continuation.resume() }
        }
    }

    func open() {
        let continuation = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.isOpen = true
            defer { state.continuation = nil }
            return state.continuation
        }
        continuation?.resume()
    }
}
