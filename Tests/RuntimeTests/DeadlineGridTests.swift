import NetworkPrimitives
import Runtime
import Testing

/// The checker's timer wakes on a 20 ms grid (the reactor's batching grid), never before the
/// engine's deadline.
@Suite struct DeadlineGridTests {
    @Test(
        "deadlines round up to the next 20 ms mark; marks stay put",
        arguments: [
            (0, 0), (1, 20_000_000), (19_999_999, 20_000_000), (20_000_000, 20_000_000),
            (20_000_001, 40_000_000), (1_234_567_890_123, 1_234_580_000_000),
        ] as [(Int64, Int64)])
    func roundsUp(deadline: Int64, expected: Int64) {
        let coalesced = DeadlineGrid.probeReactor.coalesced(MonotonicInstant(nanoseconds: deadline))
        #expect(coalesced == MonotonicInstant(nanoseconds: expected))
        #expect(coalesced.nanoseconds >= deadline)
        #expect(coalesced.nanoseconds - deadline < DeadlineGrid.probeReactor.nanoseconds)
    }
}
