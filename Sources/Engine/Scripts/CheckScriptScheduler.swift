import NetworkPrimitives
import VRRP

/// Runs each tracked `vrrp_script` every `interval` (a run still going when the next is due is
/// skipped) and turns outcomes into tracker readings through rise/fall (Docs/Keepalived.md §3.14).
struct CheckScriptScheduler: Sendable {
    struct Entry: Sendable {
        var script: CheckScript
        var health: VRRPScriptHealth
        var nextRun: MonotonicInstant?
        var isRunning = false
        var lastOutcome: ScriptOutcome?
    }

    private(set) var entries: [String: Entry]

    init(scripts: [CheckScript]) {
        var entries: [String: Entry] = [:]
        for script in scripts where entries[script.name] == nil {
            let health = VRRPScriptHealth(rise: script.rise, fall: script.fall, initFail: script.initiallyFailed)
            entries[script.name] = Entry(script: script, health: health)
        }
        self.entries = entries
    }

    /// Readings known before any run (`init_fail` starts down).
    var initialReadings: [(String, VRRPTrackerReading)] {
        entries.values.compactMap { entry in entry.health.reading.map { (entry.script.name, $0) } }
            .sorted { $0.0 < $1.0 }
    }

    /// Compared by hand: the engine asks after every step, so it builds no array.
    var nextDeadline: MonotonicInstant? {
        var earliest: MonotonicInstant?
        for entry in entries.values {
            guard let next = entry.nextRun else { continue }
            if let current = earliest, current <= next { continue }
            earliest = next
        }
        return earliest
    }

    /// Schedules every script to run now.
    mutating func start(now: MonotonicInstant) {
        for name in entries.keys { entries[name]?.nextRun = now }
    }

    /// Stops scheduling; results of runs in flight are still accepted.
    mutating func stop() {
        for name in entries.keys { entries[name]?.nextRun = nil }
    }

    /// The runs due at `now`.
    mutating func due(now: MonotonicInstant) -> [ScriptRequest] {
        var requests: [ScriptRequest] = []
        for name in entries.keys.sorted() {
            guard var entry = entries[name], let next = entry.nextRun, next <= now else { continue }
            let following = next + entry.script.interval
            entry.nextRun = following > now ? following : now + entry.script.interval
            if !entry.isRunning {
                entry.isRunning = true
                requests.append(
                    ScriptRequest(
                        purpose: .check(name: name), arguments: entry.script.command.arguments,
                        user: entry.script.command.user, timeout: entry.script.timeout,
                        enforcesScriptSecurity: entry.script.command.enforcesScriptSecurity))
            }
            entries[name] = entry
        }
        return requests
    }

    /// Records a finished run; returns the new reading when the script's state changed.
    mutating func completed(_ name: String, _ outcome: ScriptOutcome) -> VRRPTrackerReading? {
        guard var entry = entries[name] else { return nil }
        entry.isRunning = false
        entry.lastOutcome = outcome
        let change = entry.health.record(success: outcome.succeeded)
        entries[name] = entry
        return change
    }
}

extension CheckScriptScheduler {
    /// Keeps the health, schedule and running flag of every script whose definition is unchanged;
    /// new or changed scripts run at `now`.
    mutating func carryOver(from previous: CheckScriptScheduler, now: MonotonicInstant) {
        for name in entries.keys {
            if let old = previous.entries[name], old.script == entries[name]?.script {
                entries[name] = old
            } else {
                entries[name]?.nextRun = now
            }
        }
    }
}
