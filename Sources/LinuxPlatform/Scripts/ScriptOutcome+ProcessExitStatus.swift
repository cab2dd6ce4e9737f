import Engine

extension ScriptOutcome {
    /// How a script that ended on its own is reported.
    init(_ status: ProcessExitStatus) {
        switch status {
        case .exited(let code): self = .exited(code)
        case .signalled(let signal): self = .signalled(signal)
        }
    }
}
