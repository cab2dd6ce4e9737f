import Glibc
import HealthCheck
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
        let pid: pid_t
        do {
            pid = try ProcessSpawner.spawn(path: executable.path, arguments: executable.arguments)
        } catch {
            return attempt.fail("cannot run \(executable.path): \(error.call): \(ProbeErrorText.errno(error.errno))")
        }
        let process = ScriptProcess(pid: pid, eventLoop: attempt.eventLoop) { status in
            attempt.finish(result(of: status, probe: probe))
        }
        attempt.onFinish { process.terminate() }
    }

    static func result(of waitStatus: CInt, probe: MiscProbe) -> ProbeResult {
        let signal = waitStatus & 0x7f
        if waitStatus < 0 { return .failure(reason: "script status lost") }
        if signal == 0 { return probe.result(forExitStatus: Int((waitStatus >> 8) & 0xff)) }
        return .failure(reason: "script killed by signal \(signal)")
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
