/// A small seeded pseudo-random generator (SplitMix64): checker start-up jitter, `${_RANDOM}` in the
/// config, and the simulations and property tests, all reproducible from their seed; production
/// seeds it from the OS once. Inlinable, so hot loops in other modules get `next()` inlined.
public struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
    @usableFromInline var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    @inlinable public init(seed: UInt64) { state = seed }

    @inlinable public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
