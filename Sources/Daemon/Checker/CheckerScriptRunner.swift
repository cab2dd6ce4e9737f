import Engine

/// Runs `notify_up`, `notify_down`, `quorum_up` and `quorum_down` scripts; returns a line worth
/// logging when the script did not succeed.
public protocol CheckerScriptRunner: Sendable {
    func run(_ script: CheckerScript, purpose: CheckerScriptPurpose) async -> String?
}
