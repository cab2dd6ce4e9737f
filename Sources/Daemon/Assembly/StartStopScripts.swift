import Engine
import KeepalivedConfig
import LinuxPlatform
import Runtime

/// `startup_script` and `shutdown_script` of `global_defs` (Docs/Keepalived.md §6.3), as keepalived
/// 2.2.7's parent process runs them: the startup script before anything else starts (no VRRP, no
/// checker, no address until it has ended or its `startup_script_timeout` has killed it), the
/// shutdown script after both sides have stopped and removed what they installed, with the daemon
/// waiting for it (at most `shutdown_script_timeout`) before it exits. Each runs through the one
/// script runner as its own user, else `script_user`; one that script security refuses never runs.
/// A failure is logged and changes nothing else: keepalived starts and stops all the same.
struct StartStopScripts: Sendable {
    var startup: ScriptRequest?
    var shutdown: ScriptRequest?
    /// What vetting the scripts said (script security warnings and refusals), for the log.
    var notes: [LogRecord]

    init(_ configuration: KeepalivedConfiguration, vetting: ScriptVetting) {
        let settings = configuration.globalDefinitions.scripts
        var notes: [LogRecord] = []
        startup = Self.request(
            settings.startupScript, name: "startup_script", timeout: settings.startupScriptTimeout, vetting, &notes)
        shutdown = Self.request(
            settings.shutdownScript, name: "shutdown_script", timeout: settings.shutdownScriptTimeout, vetting, &notes)
        self.notes = notes
    }

    private static func request(
        _ command: ScriptCommand?, name: String, timeout: Duration, _ vetting: ScriptVetting,
        _ notes: inout [LogRecord]
    ) -> ScriptRequest? {
        guard let command else { return nil }
        let (line, records) = vetting.vet(command, name: name)
        notes += records
        guard let line else { return nil }
        return ScriptRequest(
            purpose: .notify(name: name), arguments: line.arguments, user: line.user, timeout: timeout,
            enforcesScriptSecurity: line.enforcesScriptSecurity)
    }

    /// Runs the startup script to its end; returns at once when there is none.
    func runStartup(_ scripts: any ScriptRunner, log: any LogSink) async {
        guard let startup else { return }
        await Self.run(startup, kind: "startup", scripts, log: log)
    }

    /// Runs the shutdown script to its end; returns at once when there is none.
    func runShutdown(_ scripts: any ScriptRunner, log: any LogSink) async {
        guard let shutdown else { return }
        await Self.run(shutdown, kind: "shutdown", scripts, log: log)
    }

    private static func run(_ request: ScriptRequest, kind: String, _ scripts: any ScriptRunner, log: any LogSink)
        async
    {
        log.write(.info("Running \(kind) script \(request.commandLine)"))
        let outcome = await scripts.run(request)
        if outcome.succeeded {
            log.write(.info("\(kind) script succeeded"))
        } else {
            log.write(.warning("\(kind) script \(request.commandLine) \(outcome)"))
        }
    }
}
