import Engine
import Foundation

/// Runs checker scripts as child processes of the daemon with only their configured arguments
/// (reference §6.3). It does not switch user or vet script security: the daemon's own script
/// runner does, and should be passed to `CheckerService` instead where it is available.
public struct SpawningCheckerScriptRunner: CheckerScriptRunner {
    public init() {}

    public func run(_ script: CheckerScript, purpose: CheckerScriptPurpose) async -> String? {
        guard let program = script.arguments.first else { return "\(purpose.keyword) script is empty" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = Array(script.arguments.dropFirst())
        return await withCheckedContinuation { continuation in
            process.terminationHandler = { finished in
                let status = finished.terminationStatus
                continuation.resume(
                    returning: status == 0 ? nil : "\(purpose) script \(script) exited with status \(status)")
            }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(returning: "cannot run \(purpose) script \(script): \(error)")
            }
        }
    }
}
