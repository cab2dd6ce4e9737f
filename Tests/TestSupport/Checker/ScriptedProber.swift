import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Runtime
import Synchronization

/// Answers every probe at once from a table of per-address results (success by default).
public final class ScriptedProber: Prober {
    public init() {}

    private let results = Mutex<[IPAddress: ProbeResult]>([:])
    private let runs = Mutex<[ProbeKey]>([])

    public func set(_ address: IPAddress, _ result: ProbeResult) { results.withLock { $0[address] = result } }

    public var probes: [ProbeKey] { runs.withLock { $0 } }

    public func run(_ key: ProbeKey) async -> ProbeResult {
        runs.withLock { $0.append(key) }
        return results.withLock { $0[key.target.address] } ?? .success
    }
}
