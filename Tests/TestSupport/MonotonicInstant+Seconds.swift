import NetworkPrimitives

extension MonotonicInstant {
    /// The instant `seconds` after the origin, for readable test timelines.
    public static func seconds(_ seconds: Double) -> MonotonicInstant {
        .zero + .nanoseconds(Int64(seconds * 1e9 + (seconds < 0 ? -0.5 : 0.5)))
    }
}
