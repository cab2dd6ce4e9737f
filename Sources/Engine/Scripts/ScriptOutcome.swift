/// How a script ended; only `exited(0)` counts as success (Docs/Keepalived.md §2.3, `vrrp_script`).
public enum ScriptOutcome: Hashable, Sendable, CustomStringConvertible {
    case exited(Int32)
    case signalled(Int32)
    /// It outlived its timeout and was killed.
    case timedOut
    /// It could not be started (missing, not executable, refused by script security).
    case failedToStart(String)

    public var succeeded: Bool {
        if case .exited(0) = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .exited(let status): "exited with status \(status)"
        case .signalled(let signal): "killed by signal \(signal)"
        case .timedOut: "timed out"
        case .failedToStart(let reason): "could not start: \(reason)"
        }
    }
}
