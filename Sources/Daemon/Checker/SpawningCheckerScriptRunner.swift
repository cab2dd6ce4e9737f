import Engine
import LinuxPlatform

/// Runs checker scripts as child processes of the daemon with only their configured arguments
/// (reference §6.3), in a process group of their own, with the daemon's standard streams. It does
/// not switch user or vet script security: the daemon's own script runner does, and should be
/// passed to `CheckerService` instead where it is available.
public struct SpawningCheckerScriptRunner: CheckerScriptRunner {
    public init() {}

    public func run(_ script: CheckerScript, purpose: CheckerScriptPurpose) async -> String? {
        guard let program = script.arguments.first else { return "\(purpose.keyword) script is empty" }
        let command = ChildCommand(
            executable: program, arguments: script.arguments, standardInput: .inherit, standardOutput: .inherit,
            standardError: .inherit)
        return await OSThread.run(name: "vigil-notify") {
            let status: ProcessExitStatus
            do throws(SystemError) {
                status = try ChildProcess.spawn(command).waitForExit()
            } catch {
                return "cannot run \(purpose) script \(script): \(error.call): \(error.reason)"
            }
            switch status {
            case .exited(0): return nil
            case .exited(let code): return "\(purpose) script \(script) exited with status \(code)"
            // The status Foundation's Process gave a signalled script, which this runner used before.
            case .signalled(let signal): return "\(purpose) script \(script) exited with status \(signal)"
            }
        }
    }
}
