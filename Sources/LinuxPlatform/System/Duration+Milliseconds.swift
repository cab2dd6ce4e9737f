extension Duration {
    /// Whole milliseconds, rounded down, clamped to the Int64 range (for `poll` timeouts).
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        let (ms, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        if overflow { return seconds < 0 ? .min : .max }
        return ms &+ attoseconds / 1_000_000_000_000_000
    }
}
