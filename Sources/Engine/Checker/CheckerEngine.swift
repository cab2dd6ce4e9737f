import HealthCheck
import LoadBalancer
import NetworkPrimitives

/// The checker side of the daemon as one pure state machine: it schedules every checker of the
/// configured virtual servers (deduplicated, `CheckerScheduler`), turns their verdicts into real-server
/// health and the desired virtual-server table (`LoadBalancerPlanner`), and says what to log and which
/// scripts to run, in keepalived's words and order (Docs/Keepalived.md §4.1, §4.3, §4.4, §6.3).
public struct CheckerEngine: EventProcessor {
    public enum Event: Hashable, Sendable {
        /// The (new) configuration: checkers with unchanged keys keep their state, real servers and
        /// virtual servers that stay keep their health and quorum.
        case configured(CheckerConfiguration)
        /// The probe started by `.startProbe(key, …)` finished.
        case probeFinished(CheckerKey, ProbeResult)
        /// `nextDeadline` has passed (spurious wake-ups are harmless).
        case deadlineReached
        /// A script started by `.runScript(script, purpose:)` has ended.
        case scriptCompleted(CheckerScriptPurpose, CheckerScript, ScriptOutcome)
        /// The operator drains (weight 0, until undrained, whatever the checks say) or undrains the
        /// real servers the selector names (`vigil ctl drain|undrain`).
        case drainRequested(RealServerSelector, isDrained: Bool)
        /// A script started by `.runRouteScript` has ended.
        case routeScriptCompleted(name: String, ScriptOutcome)
        /// The host's addresses changed: `ha_suspend` suspends or resumes checkers.
        case localAddresses(LocalAddressChange)
    }

    public static var deadlineReached: Event { .deadlineReached }

    var scheduler: CheckerScheduler<RealServerID>
    var planner = LoadBalancerPlanner()
    var virtualServers: [VirtualServerID: CheckedVirtualServer] = [:]
    var realServers: [RealServerID: CheckedRealServer] = [:]
    /// How log lines name each checker (its first registration).
    var labels: [CheckerKey: CheckerLabel] = [:]
    var outcomes: [CheckerKey: ProbeOutcome] = [:]
    /// Checkers that have concluded a check (keepalived's `has_run`).
    var hasRun: Set<CheckerKey> = []
    var appliedTable: VirtualServerTable?
    /// Set by `changePlanner`; the desired table is compared with the applied one only then.
    var plannerChanged = false
    /// BGP mode: the announced routes and the scripts they track.
    var routing = RouteAnnouncements()
    /// The host's addresses, once the shell has listed them; until then `ha_suspend` suspends nothing.
    var localAddresses: Set<LocalAddress>?
    /// Virtual servers with `ha_suspend` none of whose addresses is on this host: their checkers do not probe.
    var suspended: Set<VirtualServerID> = []
    /// Check durations and failures, real-server changes (for metrics).
    public internal(set) var statistics = CheckerStatistics()

    /// `seed` drives the start-up jitter of the checkers (`warmup`), so runs are reproducible.
    public init(seed: UInt64) {
        scheduler = CheckerScheduler(seed: seed)
    }

    /// When `.deadlineReached` is next due.
    public var nextDeadline: MonotonicInstant? {
        guard let scripts = routing.scripts.nextDeadline else { return scheduler.nextDeadline }
        return min(scripts, scheduler.nextDeadline ?? scripts)
    }

    /// The number of distinct checkers: the probes of one round.
    public var checkerCount: Int { scheduler.checkerCount }

    /// The table the data plane should hold now.
    public var desiredTable: VirtualServerTable { planner.desiredTable }

    /// Nothing happens before the first `.configured`.
    public mutating func start(now: MonotonicInstant) -> [CheckerEffect] { [] }

    /// Nothing to undo here: the shell releases the data plane when its loop has ended.
    public mutating func stop(now: MonotonicInstant) -> [CheckerEffect] { [] }

    public mutating func handle(_ event: Event, now: MonotonicInstant) -> [CheckerEffect] {
        var effects: [CheckerEffect]
        switch event {
        case .configured(let configuration):
            effects = configure(configuration, now: now)
        case .probeFinished(let key, let result):
            effects = probeFinished(key, result, now: now)
        case .deadlineReached:
            effects = interpret(scheduler.handle(.deadlineReached, now: now), now: now)
            effects += dueRouteScripts(now: now)
        case .scriptCompleted(let purpose, let script, let outcome):
            // keepalived only logs a script that failed; nothing else depends on the outcome.
            effects = outcome.succeeded ? [] : [.log(.warning("\(purpose) script \(script) \(outcome)"))]
        case .drainRequested(let selector, let isDrained):
            effects = drain(selector, isDrained: isDrained)
        case .routeScriptCompleted(let name, let outcome):
            effects = routeScriptCompleted(name, outcome)
        case .localAddresses(let change):
            effects = localAddressesChanged(change)
        }
        // The table is rebuilt only after the planner changed: a verdict that changes nothing (the
        // steady state, thousands a second) costs no walk over every virtual server.
        if plannerChanged {
            plannerChanged = false
            let table = planner.desiredTable
            if table != appliedTable {
                appliedTable = table
                effects.append(.applyTable(table))
            }
        }
        return effects + routeChanges()
    }

    /// Every change of the planner goes through here, so `handle` knows to rebuild the table.
    mutating func changePlanner(_ event: LoadBalancerPlanner.Event) -> [LoadBalancerPlanner.Action] {
        plannerChanged = true
        return planner.handle(event)
    }

    private mutating func probeFinished(_ key: CheckerKey, _ result: ProbeResult, now: MonotonicInstant)
        -> [CheckerEffect]
    {
        guard scheduler.checker(key)?.isProbing == true else {
            return [.log(.debug("Ignoring late result of \(key): no check in flight"))]
        }
        outcomes[key] = ProbeOutcome(result: result, at: now)
        statistics.probeFinished(key, result, now: now)
        let attemptLine = failedAttemptLine(key, result)
        let actions = scheduler.handle(.probeFinished(key, result), now: now)
        var effects = interpret(actions, now: now)
        if !hasRun.contains(key) {
            // keepalived logs the first verdict of every checker, even one that changes nothing.
            effects.insert(contentsOf: firstVerdict(key, result, actions: actions), at: 0)
            hasRun.insert(key)
        }
        return attemptLine + effects
    }

    /// `log_all_failures`: a failed check of a checker that is UP and has run before is logged
    /// whether or not `retry` forgives it (keepalived logs nothing else for a forgiven failure);
    /// read before the scheduler concludes, so the failure that takes the checker DOWN is logged too.
    private func failedAttemptLine(_ key: CheckerKey, _ result: ProbeResult) -> [CheckerEffect] {
        guard key.schedule.logAllFailures, case .failure(let reason) = result, hasRun.contains(key),
            scheduler.checker(key)?.state == .up, let label = labels[key]
        else { return [] }
        return [.log(.info(KeepalivedCheckerWording.failedAttempt(key.probe.spec, label, reason: reason)))]
    }

    private func firstVerdict(
        _ key: CheckerKey, _ result: ProbeResult, actions: [CheckerScheduler<RealServerID>.Action]
    ) -> [CheckerEffect] {
        let announced = actions.contains { action in
            switch action {
            case .checkerUp(let k), .checkerDown(let k, _): k == key
            case .startProbe, .realServerUp, .realServerDown, .weightsChanged, .ignored: false
            }
        }
        guard !announced, let label = labels[key] else { return [] }
        switch result {
        case .success, .successWithWeight:
            return [.log(.info(KeepalivedCheckerWording.success(key.probe.spec, label)))]
        case .failure(let reason):
            return [
                .log(.info(KeepalivedCheckerWording.failure(key.probe.spec, label, retries: nil, reason: reason)))
            ]
        }
    }
}
