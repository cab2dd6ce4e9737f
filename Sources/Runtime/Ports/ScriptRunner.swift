import Engine

/// Runs scripts; `run` returns when the script has ended, however it ended, and never throws.
public protocol ScriptRunner: Sendable {
    func run(_ request: ScriptRequest) async -> ScriptOutcome
}
