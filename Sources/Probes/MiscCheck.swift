import HealthCheck
import LinuxPlatform
import NIOCore

/// MISC_CHECK: run `misc_path` and judge its exit status with `MiscProbe.result(forExitStatus:)`;
/// when `misc_timeout` passes first, the check fails and the script's group is terminated
/// (reference §4.1).
enum MiscCheck {
    static func run(_ probe: MiscProbe, attempt: ProbeAttempt) {
        let executable: ScriptExecutable
        do {
            executable = try Self.executable(for: probe)
        } catch {
            return attempt.fail(error.reason)
        }
        attempt.phase = "running script"
        let child: ChildProcess
        do {
            // In a process group of its own, stdio on /dev/null, no inherited descriptors beyond stdio,
            // default signal dispositions and an empty signal mask (reference §4.1).
            child = try ChildProcess.spawn(ChildCommand(executable: executable.path, arguments: executable.arguments))
        } catch {
            return attempt.fail("cannot run \(executable.path): \(error.call): \(ProbeErrorText.errno(error.errno))")
        }
        let process = ScriptProcess(child, eventLoop: attempt.eventLoop) { status in
            attempt.finish(result(of: status, probe: probe))
        }
        attempt.onFinish { process.terminate() }
    }

    static func result(of status: ProcessExitStatus?, probe: MiscProbe) -> ProbeResult {
        switch status {
        case nil: .failure(reason: "script status lost")
        case .exited(let code): probe.result(forExitStatus: Int(code))
        case .signalled(let signal): .failure(reason: "script killed by signal \(signal)")
        }
    }

    private static func executable(for probe: MiscProbe) throws(MiscSetupError) -> ScriptExecutable {
        let command: ScriptCommand
        do {
            command = try ScriptCommand(parsing: probe.command)
        } catch {
            throw MiscSetupError(reason: "bad misc_path: \(error)")
        }
        let executable = ScriptExecutable(command)
        guard let user = probe.user else { return executable }
        let names = user.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let name = names.first else { return executable }
        return executable.runningAs(user: name, group: names.dropFirst().first)
    }
}

struct MiscSetupError: Error {
    var reason: String
}
