import Daemon
import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Runtime
import Synchronization

/// Answers every probe at once from a table of per-address results (success by default).
final class ScriptedProber: Prober {
    private let results = Mutex<[IPAddress: ProbeResult]>([:])
    private let runs = Mutex<[ProbeKey]>([])

    func set(_ address: IPAddress, _ result: ProbeResult) { results.withLock { $0[address] = result } }

    var probes: [ProbeKey] { runs.withLock { $0 } }

    func run(_ key: ProbeKey) async -> ProbeResult {
        runs.withLock { $0.append(key) }
        return results.withLock { $0[key.target.address] } ?? .success
    }
}

/// Records every table it is asked to hold; can be told to refuse.
final class RecordingDataPlane: DataPlane {
    private struct State {
        var tables: [VirtualServerTable] = []
        var refusals = 0
        var released = false
    }

    private let state = Mutex(State())
    let name = "recording"

    /// The next `count` applies throw.
    func refuse(next count: Int) { state.withLock { $0.refusals = count } }

    var tables: [VirtualServerTable] { state.withLock { $0.tables } }
    var released: Bool { state.withLock { $0.released } }

    func apply(_ table: VirtualServerTable) async throws -> [String] {
        try state.withLock { state in
            if state.refusals > 0 {
                state.refusals -= 1
                throw RefusedTable()
            }
            state.tables.append(table)
        }
        return []
    }

    func release() async throws { state.withLock { $0.released = true } }

    /// `address:port=weight` of the destinations of the service `key` in the last table held.
    func pool(_ key: ServiceKey) -> [String] {
        (tables.last?[key]?.sortedDestinations ?? []).map { "\($0.address):\($0.port)=\($0.weight)" }
    }
}

struct RefusedTable: Error, CustomStringConvertible {
    var description: String { "refused by the test" }
}

/// Records scripts instead of running them; answers each with `outcome`.
final class RecordingScriptRunner: ScriptRunner {
    private let runs = Mutex<[ScriptRequest]>([])
    private let answer = Mutex<ScriptOutcome>(.exited(0))

    /// What every later script "ends" with.
    var outcome: ScriptOutcome {
        get { answer.withLock { $0 } }
        set { answer.withLock { $0 = newValue } }
    }

    var requests: [ScriptRequest] { runs.withLock { $0 } }

    /// The checker purposes of the scripts run, in order.
    var purposes: [CheckerScriptPurpose] {
        requests.compactMap { if case .checker(let purpose) = $0.purpose { purpose } else { nil } }
    }

    func run(_ request: ScriptRequest) async -> ScriptOutcome {
        runs.withLock { $0.append(request) }
        return outcome
    }
}

/// Collects log lines.
final class LogCollector: LogSink {
    private let lines = Mutex<[LogRecord]>([])

    var records: [LogRecord] { lines.withLock { $0 } }
    var messages: [String] { lines.withLock { $0.map(\.message) } }

    func write(_ record: LogRecord) { lines.withLock { $0.append(record) } }

    /// `write`, for closures that take a line.
    func record(_ line: LogRecord) { write(line) }
}
