import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Runtime
import Synchronization

/// Answers every probe at once from a table of per-address results (success by default).
final class TableProber: Prober {
    private let results = Mutex<[IPAddress: ProbeResult]>([:])
    private let runs = Mutex<[ProbeKey]>([])

    func set(_ address: IPAddress, _ result: ProbeResult) { results.withLock { $0[address] = result } }

    var probes: [ProbeKey] { runs.withLock { $0 } }

    func run(_ key: ProbeKey) async -> ProbeResult {
        runs.withLock { $0.append(key) }
        return results.withLock { $0[key.target.address] } ?? .success
    }
}

/// Records the tables it holds and whether it was released.
final class TableRecorder: DataPlane {
    private let state = Mutex<(tables: [VirtualServerTable], released: Bool)>(([], false))
    let name = "recording"

    var tables: [VirtualServerTable] { state.withLock { $0.tables } }
    var released: Bool { state.withLock { $0.released } }

    func apply(_ table: VirtualServerTable) async throws -> [String] {
        state.withLock { $0.tables.append(table) }
        return []
    }

    func release() async throws { state.withLock { $0.released = true } }

    /// `address:port=weight` of the destinations of `key` in the last table held.
    func pool(_ key: ServiceKey) -> [String] {
        (tables.last?[key]?.sortedDestinations ?? []).map { "\($0.address):\($0.port)=\($0.weight)" }
    }
}

/// Records script requests and answers each with `outcome`.
final class RequestRecorder: ScriptRunner {
    private let runs = Mutex<[ScriptRequest]>([])
    let outcome: ScriptOutcome

    init(outcome: ScriptOutcome) { self.outcome = outcome }

    var requests: [ScriptRequest] { runs.withLock { $0 } }

    func run(_ request: ScriptRequest) async -> ScriptOutcome {
        runs.withLock { $0.append(request) }
        return outcome
    }
}

/// Collects log lines.
final class LineRecorder: LogSink {
    private let lines = Mutex<[LogRecord]>([])

    var records: [LogRecord] { lines.withLock { $0 } }
    var messages: [String] { records.map(\.message) }

    func write(_ record: LogRecord) { lines.withLock { $0.append(record) } }
}
