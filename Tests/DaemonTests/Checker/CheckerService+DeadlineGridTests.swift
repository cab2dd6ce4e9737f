import NetworkPrimitives
import Testing

@testable import Daemon

/// The checker service's timer wakes on a 10 ms grid, never before the engine's deadline.
@Suite struct CheckerServiceDeadlineGridTests {
    @Test(
        "deadlines round up to the next 10 ms mark; marks stay put",
        arguments: [
            (0, 0), (1, 10_000_000), (9_999_999, 10_000_000), (10_000_000, 10_000_000),
            (10_000_001, 20_000_000), (1_234_567_890_123, 1_234_570_000_000),
        ] as [(Int64, Int64)])
    func roundsUp(deadline: Int64, expected: Int64) {
        let coalesced = CheckerService.coalesced(MonotonicInstant(nanoseconds: deadline))
        #expect(coalesced == MonotonicInstant(nanoseconds: expected))
        #expect(coalesced.nanoseconds >= deadline)
        #expect(coalesced.nanoseconds - deadline < CheckerService.deadlineGranularity)
    }
}
