import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Runtime
import Synchronization

/// Records scripts instead of running them; answers each with `outcome`.
public final class RecordingScriptRunner: ScriptRunner {
    public init() {}

    private let runs = Mutex<[ScriptRequest]>([])
    private let answer = Mutex<ScriptOutcome>(.exited(0))

    /// What every later script "ends" with.
    public var outcome: ScriptOutcome {
        get { answer.withLock { $0 } }
        set { answer.withLock { $0 = newValue } }
    }

    public var requests: [ScriptRequest] { runs.withLock { $0 } }

    /// The checker purposes of the scripts run, in order.
    public var purposes: [CheckerScriptPurpose] {
        requests.compactMap { if case .checker(let purpose) = $0.purpose { purpose } else { nil } }
    }

    public func run(_ request: ScriptRequest) async -> ScriptOutcome {
        runs.withLock { $0.append(request) }
        return outcome
    }
}
