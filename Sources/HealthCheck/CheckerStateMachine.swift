import NetworkPrimitives

/// One health checker's scheduling and up/down policy, as keepalived's checker epilogues apply it
/// (Docs/Keepalived.md §4.1): probe results and deadlines in, probe requests and up/down transitions out.
public struct CheckerStateMachine: Sendable {
    /// Whether the checker currently counts its real server as healthy.
    public enum State: String, Hashable, Sendable {
        case up
        case down
    }

    public enum Event: Hashable, Sendable {
        /// The probe started by the last `.startProbe` finished.
        case probeFinished(ProbeResult)
        /// `nextDeadline` has passed (spurious wake-ups are ignored).
        case deadlineReached
        /// The probe the last `.startProbe` asked for was not run (its virtual server's checkers are
        /// suspended, `ha_suspend`): as keepalived's disabled checker, nothing is concluded and the
        /// same attempt is due a `delay_loop` from now.
        case skipped
    }

    public enum Action: Hashable, Sendable {
        /// Run the probe now; attempt 1 is the regular check, 2... are retries.
        case startProbe(attempt: Int)
        case becameUp
        case becameDown(reason: String)
        /// The dynamic weight changed; `nil` means the configured weight applies again.
        case weightChanged(dynamicWeight: Int?)
        case ignored(reason: String)
    }

    /// A probe whose runner never answers is counted as failed this long after its own timeout
    /// (keepalived's SIGTERM-to-SIGKILL grace for scripts).
    public static let watchdogGrace: Duration = .seconds(2)
    /// keepalived starts every checker one second after start-up, plus jitter.
    public static let bootstrapDelay: Duration = .seconds(1)

    private enum Phase: Hashable, Sendable {
        case waiting(until: MonotonicInstant, attempt: Int)
        case probing(attempt: Int, watchdog: MonotonicInstant)
    }

    public let schedule: CheckerSchedule
    public let probeTimeout: Duration
    public private(set) var state: State
    /// The weight last requested by a dynamic probe; `nil` while the configured weight applies.
    public private(set) var dynamicWeight: Int?
    private var phase: Phase
    /// Failed checks already forgiven in the current run of failures (keepalived's `retry_it`).
    private var retriesUsed: Int
    private var hasRun = false

    /// Starts a checker whose first probe is due 1 s plus a random share of `warmup` after `now`.
    public init(
        schedule: CheckerSchedule, probeTimeout: Duration = .seconds(5), now: MonotonicInstant,
        random: inout some RandomNumberGenerator
    ) {
        self.schedule = schedule
        self.probeTimeout = probeTimeout
        state = schedule.alpha ? .down : .up
        // Not alpha: one failure is enough at start-up, so the budget starts spent.
        retriesUsed = schedule.retry
        let jitter = Self.jitter(upTo: schedule.warmup, random: &random)
        phase = .waiting(until: now + Self.bootstrapDelay + jitter, attempt: 1)
    }

    public var nextDeadline: MonotonicInstant? {
        switch phase {
        case .waiting(let until, _): until
        case .probing(_, let watchdog): watchdog
        }
    }

    /// True while a probe is outstanding.
    public var isProbing: Bool {
        if case .probing = phase { return true }
        return false
    }

    public mutating func handle(_ event: Event, now: MonotonicInstant) -> [Action] {
        switch (event, phase) {
        case (.deadlineReached, .waiting(let until, let attempt)):
            guard now >= until else { return [.ignored(reason: "deadline not reached")] }
            phase = .probing(attempt: attempt, watchdog: now + probeTimeout + Self.watchdogGrace)
            return [.startProbe(attempt: attempt)]
        case (.deadlineReached, .probing(_, let watchdog)):
            guard now >= watchdog else { return [.ignored(reason: "deadline not reached")] }
            return conclude(.failure(reason: "no result within \(probeTimeout)"), now: now)
        case (.probeFinished, .waiting):
            return [.ignored(reason: "no probe in flight")]
        case (.probeFinished(let result), .probing):
            return conclude(result, now: now)
        case (.skipped, .probing(let attempt, _)):
            phase = .waiting(until: now + schedule.delayLoop, attempt: attempt)
            return []
        case (.skipped, .waiting):
            return [.ignored(reason: "no probe in flight")]
        }
    }

    private mutating func conclude(_ result: ProbeResult, now: MonotonicInstant) -> [Action] {
        defer { hasRun = true }
        switch result {
        case .success:
            return succeed(now: now)
        case .successWithWeight(let weight):
            return setDynamicWeight(weight) + succeed(now: now)
        case .failure(let reason):
            return fail(reason: reason, now: now)
        }
    }

    private mutating func succeed(now: MonotonicInstant) -> [Action] {
        retriesUsed = 0
        phase = .waiting(until: now + schedule.delayLoop, attempt: 1)
        guard state == .down else { return [] }
        state = .up
        return [.becameUp]
    }

    private mutating func fail(reason: String, now: MonotonicInstant) -> [Action] {
        let counts = state == .up || !hasRun
        if counts && retriesUsed < schedule.retry {
            retriesUsed += 1
            phase = .waiting(until: now + schedule.delayBeforeRetry, attempt: retriesUsed + 1)
            return []
        }
        if counts { retriesUsed = 0 }
        phase = .waiting(until: now + schedule.delayLoop, attempt: 1)
        guard state == .up else { return [] }
        state = .down
        return [.becameDown(reason: reason)] + setDynamicWeight(nil)
    }

    private mutating func setDynamicWeight(_ weight: Int?) -> [Action] {
        guard weight != dynamicWeight else { return [] }
        dynamicWeight = weight
        return [.weightChanged(dynamicWeight: weight)]
    }

    private static func jitter(upTo warmup: Duration, random: inout some RandomNumberGenerator) -> Duration {
        let limit = warmup.nanosecondsClamped
        guard limit > 0 else { return .zero }
        return .nanoseconds(Int64.random(in: 0...limit, using: &random))
    }
}
