/// When one checker probes and how many failures it forgives (Docs/Keepalived.md §4.1).
public struct CheckerSchedule: Hashable, Sendable {
    /// Period between checks while nothing fails (`delay_loop`).
    public var delayLoop: Duration
    /// Failed checks forgiven while UP before the checker goes DOWN (`retry`).
    public var retry: Int
    /// Wait before each retry (`delay_before_retry`).
    public var delayBeforeRetry: Duration
    /// Upper bound of the random start-up jitter (`warmup`).
    public var warmup: Duration
    /// `alpha`: start DOWN until the first success.
    public var alpha: Bool
    /// `log_all_failures` (or the global `checker_log_all_failures`): while the checker is UP, every
    /// failed check is logged, the ones `retry` forgives too, not only the one that takes it DOWN.
    public var logAllFailures: Bool

    public init(
        delayLoop: Duration = .seconds(60), retry: Int = 1, delayBeforeRetry: Duration = .seconds(1),
        warmup: Duration? = nil, alpha: Bool = false, logAllFailures: Bool = false
    ) {
        self.delayLoop = delayLoop
        self.retry = max(0, retry)
        self.delayBeforeRetry = delayBeforeRetry
        self.warmup = warmup ?? delayLoop
        self.alpha = alpha
        self.logAllFailures = logAllFailures
    }

    /// keepalived's per-checker defaults when nothing is inherited: `retry` 1 (MISC 0, DNS 3),
    /// `delay_before_retry` 1 s (HTTP/SSL 3 s, DNS = `delay_loop`), `warmup` = `delay_loop`.
    public static func defaults(for spec: ProbeSpec, delayLoop: Duration = .seconds(60)) -> CheckerSchedule {
        switch spec {
        case .misc, .file:
            CheckerSchedule(delayLoop: delayLoop, retry: 0)
        case .dns:
            CheckerSchedule(delayLoop: delayLoop, retry: 3, delayBeforeRetry: delayLoop)
        case .http:
            CheckerSchedule(delayLoop: delayLoop, retry: 1, delayBeforeRetry: .seconds(3))
        case .tcpConnect, .smtp, .udp, .ping:
            CheckerSchedule(delayLoop: delayLoop)
        }
    }
}
