import NetworkPrimitives
import Runtime
import Testing

@Suite struct ContinuousMonotonicClockTests {
    @Test func sleepReturnsAtOrAfterTheDeadlineAndTimeNeverRunsBackwards() async throws {
        let clock = ContinuousMonotonicClock()
        let start = clock.now
        let deadline = start + .milliseconds(5)
        try await clock.sleep(until: deadline)
        #expect(clock.now >= deadline)
    }

    @Test func aCancelledSleepThrows() async {
        let clock = ContinuousMonotonicClock()
        let task = Task { try await clock.sleep(until: clock.now + .seconds(60)) }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
    }
}
