import Daemon
import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Synchronization

/// Answers every probe at once from a table of per-address results (success by default).
final class ScriptedProber: CheckerProber {
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
final class RecordingDataPlane: CheckerDataPlane {
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

/// Records scripts instead of running them.
final class RecordingScriptRunner: CheckerScriptRunner {
    private let runs = Mutex<[(CheckerScript, CheckerScriptPurpose)]>([])

    var purposes: [CheckerScriptPurpose] { runs.withLock { $0.map(\.1) } }

    func run(_ script: CheckerScript, purpose: CheckerScriptPurpose) async -> String? {
        runs.withLock { $0.append((script, purpose)) }
        return nil
    }
}

/// Collects log lines.
final class LogCollector: Sendable {
    private let lines = Mutex<[CheckerLogLine]>([])

    var messages: [String] { lines.withLock { $0.map(\.message) } }

    func record(_ line: CheckerLogLine) { lines.withLock { $0.append(line) } }
}
