import NetworkPrimitives
import Runtime
import Synchronization
import TestSupport
import Testing

@Suite struct DeadlineTimerTests {
    /// Counts how often the timer fired.
    final class Firings: Sendable {
        private let count = Mutex(0)
        var value: Int { count.withLock { $0 } }
        func record() { count.withLock { $0 += 1 } }
    }

    private let clock = ManualMonotonicClock()
    private let firings = Firings()
    private let oneSecond = MonotonicInstant.zero + .seconds(1)

    /// A timer on the manual clock, armed for one second from zero, whose sleep has begun.
    private func armedTimer() async -> DeadlineTimer {
        let firings = firings
        var timer = DeadlineTimer(clock: clock) { firings.record() }
        timer.arm(oneSecond)
        #expect(await waitUntil { clock.sleeperCount == 1 })
        return timer
    }

    private func waitUntil(_ condition: () -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(5)
        while !condition() {
            guard ContinuousClock.now < deadline else { return false }
            await Task.yield()
        }
        return true
    }

    @Test func itFiresOnceTheClockPassesTheArmedInstant() async {
        var timer = await armedTimer()
        clock.advance(by: .milliseconds(999))
        #expect(firings.value == 0)
        clock.advance(by: .milliseconds(1))
        #expect(await waitUntil { firings.value == 1 })
        timer.disarm()
    }

    @Test func armingTheSameInstantAgainKeepsTheOneSleepUntilItFired() async {
        var timer = await armedTimer()
        timer.arm(oneSecond)
        #expect(clock.sleeperCount == 1)
        clock.advance(by: .seconds(1))
        #expect(await waitUntil { firings.value == 1 })
        timer.arm(oneSecond)
        #expect(clock.sleeperCount == 0)
        timer.fired()
        timer.arm(oneSecond)
        #expect(await waitUntil { firings.value == 2 })
        timer.disarm()
    }

    @Test func aLaterDeadlineKeepsTheSleepingTaskAndFiresOnlyAtTheLaterInstant() async {
        var timer = await armedTimer()
        timer.arm(oneSecond + .seconds(1))
        #expect(clock.sleeperCount == 1)
        clock.advance(by: .seconds(1))
        // Woken at the first instant, the task sleeps on to the later one without firing.
        #expect(await waitUntil { clock.sleeperCount == 1 })
        #expect(firings.value == 0)
        clock.advance(by: .milliseconds(999))
        #expect(firings.value == 0)
        clock.advance(by: .milliseconds(1))
        #expect(await waitUntil { firings.value == 1 })
        timer.disarm()
    }

    @Test func anEarlierDeadlineReplacesTheSleep() async {
        var timer = await armedTimer()
        timer.arm(MonotonicInstant.zero + .milliseconds(500))
        clock.advance(by: .milliseconds(500))
        #expect(await waitUntil { firings.value == 1 })
        clock.advance(by: .seconds(1))
        #expect(await waitUntil { clock.sleeperCount == 0 })
        #expect(firings.value == 1)
        timer.disarm()
    }

    @Test func disarmingCancelsTheSleep() async {
        var timer = await armedTimer()
        timer.disarm()
        #expect(await waitUntil { clock.sleeperCount == 0 })
        clock.advance(by: .seconds(2))
        #expect(firings.value == 0)
    }

    /// Runs jobs on the global executor and counts them.
    final class CountingExecutor: TaskExecutor {
        private let count = Mutex(0)
        var jobs: Int { count.withLock { $0 } }
        func enqueue(_ job: consuming ExecutorJob) {
            count.withLock { $0 += 1 }
            globalConcurrentExecutor.enqueue(job)
        }
    }

    @Test func theSleepingTaskRunsOnTheGivenExecutor() async {
        let executor = CountingExecutor()
        let firings = firings
        var timer = DeadlineTimer(clock: clock, executor: executor) { firings.record() }
        timer.arm(oneSecond)
        #expect(await waitUntil { clock.sleeperCount == 1 })
        #expect(executor.jobs >= 1)
        let before = executor.jobs
        clock.advance(by: .seconds(1))
        #expect(await waitUntil { firings.value == 1 })
        // The task resumed after its sleep through the executor too.
        #expect(executor.jobs > before)
        timer.disarm()
    }
}
