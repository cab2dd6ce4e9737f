import Engine
import HealthCheck
import KeepalivedConfig
import NIOCore
import Runtime

/// MISC_CHECK: run `misc_path` through the daemon's one `ScriptRunner` (user, script security,
/// process group killed at `misc_timeout`) and judge its exit status with
/// `MiscProbe.result(forExitStatus:)` (Docs/Keepalived.md §4.1). The probe's deadline, `misc_timeout`,
/// fails it even when the runner's report comes later.
enum MiscExchange {
    static func run(_ probe: MiscProbe, timeout: Duration, attempt: ProbeAttempt, scripts: any ScriptRunner) {
        let request: ScriptRequest
        do {
            request = try Self.request(for: probe, timeout: timeout)
        } catch {
            return attempt.fail(error.reason)
        }
        attempt.phase = "running script"
        let bound = NIOLoopBound(attempt, eventLoop: attempt.eventLoop)
        let eventLoop = attempt.eventLoop
        let pending = PendingScript()
        attempt.onFinish { pending.end() }
        // The runner waits on a thread of its own; the result comes back to the loop unless the
        // attempt has already ended (its deadline, `misc_timeout`, passed first).
        Task(executorPreference: InlineTaskExecutor.shared) {
            let outcome = await scripts.run(request)
            guard pending.isRunning else { return }
            eventLoop.execute { bound.value.finish(result(of: outcome, probe: probe)) }
        }
    }

    /// The script request for `probe`: its command line split as keepalived splits script lines.
    static func request(for probe: MiscProbe, timeout: Duration) throws(MiscSetupError) -> ScriptRequest {
        let arguments: [String]
        do {
            arguments = try ScriptLineSplitter.arguments(ofCommand: probe.command)
        } catch {
            switch error {
            case .unterminatedQuote: throw MiscSetupError(reason: "bad misc_path: unterminatedQuote")
            case .danglingBackslash: throw MiscSetupError(reason: "bad misc_path: danglingBackslash")
            }
        }
        guard !arguments.isEmpty else { throw MiscSetupError(reason: "bad misc_path: empty") }
        return ScriptRequest(
            purpose: .check(name: probe.command), arguments: arguments, user: user(of: probe), timeout: timeout,
            enforcesScriptSecurity: probe.enforcesScriptSecurity)
    }

    /// `user NAME [GROUP]`: the group from `probe.group`, else a second word of `probe.user`.
    static func user(of probe: MiscProbe) -> ScriptUser? {
        guard let user = probe.user else { return nil }
        let names = user.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let name = names.first else { return nil }
        return ScriptUser(name: name, group: probe.group ?? names.dropFirst().first)
    }

    static func result(of outcome: ScriptOutcome, probe: MiscProbe) -> ProbeResult {
        switch outcome {
        case .exited(let code): probe.result(forExitStatus: Int(code))
        case .signalled(let signal): .failure(reason: "script killed by signal \(signal)")
        // The same words as the attempt's own deadline at misc_timeout, whichever of the two ends it.
        case .timedOut: .failure(reason: "timeout running script")
        case .failedToStart(let reason): .failure(reason: "cannot run script: \(reason)")
        }
    }
}

struct MiscSetupError: Error {
    var reason: String
}
