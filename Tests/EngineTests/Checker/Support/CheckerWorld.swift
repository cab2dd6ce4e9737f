import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import TestSupport

/// Runs a `CheckerEngine` in virtual time against simulated real servers: every probe it starts is
/// answered by the world (healthy: success at once; `refusing`: failure at once; `silent`: failure
/// only at the probe's timeout), and the clock jumps to the next deadline or answer.
struct CheckerWorld {
    enum Behaviour { case healthy, refusing, silent, hung, weighing(Int?) }

    private(set) var engine: CheckerEngine
    private(set) var now: MonotonicInstant = .zero
    private(set) var effects: [(at: MonotonicInstant, effect: CheckerEffect)] = []
    private var answers = TimedQueue<Answer>()
    private var behaviours: [IPAddress: Behaviour] = [:]

    private struct Answer: Sendable {
        var key: CheckerKey
        var result: ProbeResult
    }

    init(seed: UInt64 = 1) { engine = CheckerEngine(seed: seed) }

    mutating func set(_ n: Int, _ behaviour: Behaviour) { behaviours[CheckerFixture.backend(n)] = behaviour }

    mutating func configure(_ configuration: CheckerConfiguration) {
        record(engine.handle(.configured(configuration), now: now))
    }

    /// An operator's request (`vigil ctl drain`), handled now.
    mutating func request(_ event: CheckerEngine.Event) {
        record(engine.handle(event, now: now))
    }

    /// Steps through every deadline and answer up to `now + duration`.
    mutating func run(for duration: Duration) {
        let end = now + duration
        while true {
            let next = [engine.nextDeadline, answers.earliest].compactMap { $0 }.min()
            guard let next, next <= end else { break }
            now = max(now, next)
            if let due = answers.earliest, due <= next, let answer = answers.popFirst()?.element {
                record(engine.handle(.probeFinished(answer.key, answer.result), now: now))
            } else {
                record(engine.handle(.deadlineReached, now: now))
            }
        }
        now = end
    }

    private mutating func record(_ new: [CheckerEffect]) {
        for effect in new {
            effects.append((now, effect))
            if case .startProbe(let key, _) = effect { answer(key) }
        }
    }

    private mutating func answer(_ key: CheckerKey) {
        switch behaviours[key.probe.target.address] ?? .healthy {
        case .healthy: answers.insert(Answer(key: key, result: .success), at: now + .milliseconds(2))
        case .refusing: answers.insert(Answer(key: key, result: .failure(reason: "connection refused")), at: now)
        case .silent:
            answers.insert(Answer(key: key, result: .failure(reason: "timed out")), at: now + key.probe.timeout)
        case .hung: break
        case .weighing(let weight): answers.insert(Answer(key: key, result: .successWithWeight(weight)), at: now)
        }
    }

    // MARK: What happened

    var logLines: [String] {
        effects.compactMap { if case .log(let line) = $0.effect, line.level >= .info { line.message } else { nil } }
    }

    func logLines(since instant: MonotonicInstant) -> [String] {
        effects.filter { $0.at >= instant }.compactMap {
            if case .log(let line) = $0.effect, line.level >= .info { line.message } else { nil }
        }
    }

    var tables: [(at: MonotonicInstant, table: VirtualServerTable)] {
        effects.compactMap { if case .applyTable(let table) = $0.effect { ($0.at, table) } else { nil } }
    }

    var scripts: [(at: MonotonicInstant, script: CheckerScript, purpose: CheckerScriptPurpose)] {
        effects.compactMap {
            if case .runScript(let script, let purpose) = $0.effect { ($0.at, script, purpose) } else { nil }
        }
    }

    func probes(of address: IPAddress) -> [MonotonicInstant] {
        effects.compactMap {
            if case .startProbe(let key, _) = $0.effect, key.probe.target.address == address { $0.at } else { nil }
        }
    }

    /// `address:port=weight` of every destination of the service on `port` in the last applied table.
    func pool(port: UInt16 = 80) -> [String] {
        let key = ServiceKey.endpoint(address: CheckerFixture.vip, port: port, protocol: .tcp)
        return (tables.last?.table[key]?.sortedDestinations ?? []).map { "\($0.address):\($0.port)=\($0.weight)" }
    }

    /// The first instant at or after `instant` when the applied table made `pool` true.
    func firstTable(after instant: MonotonicInstant, port: UInt16 = 80, where pool: ([String]) -> Bool)
        -> MonotonicInstant?
    {
        let key = ServiceKey.endpoint(address: CheckerFixture.vip, port: port, protocol: .tcp)
        return tables.first { entry in
            entry.at >= instant
                && pool((entry.table[key]?.sortedDestinations ?? []).map { "\($0.address):\($0.port)=\($0.weight)" })
        }?.at
    }
}
