/// When a checker runs and how it retries (Docs/Keepalived.md §4.1).
public struct CheckerTiming: Hashable, Sendable {
    /// `delay_loop`: the period between checks.
    public var delayLoop: Duration
    /// `retry` (or the deprecated `nb_get_retry`): retries before marking the checker down.
    public var retry: Int
    /// `delay_before_retry`.
    public var delayBeforeRetry: Duration
    /// `warmup`: upper bound of the random delay before the first check; `delay_loop` by default.
    public var warmup: Duration
    /// `alpha`: start down.
    public var alpha: Bool
    /// `log_all_failures`.
    public var logAllFailures: Bool

    public init(
        delayLoop: Duration, retry: Int, delayBeforeRetry: Duration, warmup: Duration, alpha: Bool,
        logAllFailures: Bool
    ) {
        self.delayLoop = delayLoop
        self.retry = retry
        self.delayBeforeRetry = delayBeforeRetry
        self.warmup = warmup
        self.alpha = alpha
        self.logAllFailures = logAllFailures
    }
}
