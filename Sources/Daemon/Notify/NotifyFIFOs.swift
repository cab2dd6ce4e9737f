import Engine
import KeepalivedConfig
import LinuxPlatform
import Runtime

/// The daemon's notify FIFOs (Docs/Keepalived.md §6.3), opened at start: each configured FIFO is
/// created when missing and opened, and its `*_fifo_script` started through the one script runner, as
/// `script_user` (or its own user), with the FIFO's path as its last argument. A FIFO reload does
/// not change them: they are the start-up configuration's until the daemon stops.
final class NotifyFIFOs: Sendable {
    /// keepalived starts the reader with no time limit; it ends when the FIFO closes at stop.
    static let readerTimeout: Duration = .seconds(10 * 365 * 86_400)

    private let writer: NotifyFIFOWriter
    private let plan: NotifyFIFOPlan

    /// nil when `configuration` names no FIFO.
    init?(_ configuration: KeepalivedConfiguration, scripts: any ScriptRunner, log: any LogSink) {
        let plan = NotifyFIFOPlan(configuration.globalDefinitions.fifos)
        guard !plan.every.isEmpty else { return nil }
        self.plan = plan
        let vetting = ScriptVetting.system(for: configuration)
        // keepalived chowns a FIFO it creates to its owner words, else to the default script user.
        writer = NotifyFIFOWriter(
            fifos: plan.every.map { fifo in
                (fifo.path, fifo.user.map { ScriptUser(name: $0, group: fifo.group) } ?? vetting.identity.defaultUser)
            }, log: log)
        for fifo in plan.every {
            guard let command = fifo.script else { continue }
            let (line, records) = vetting.vet(command, name: command.commandLine)
            records.forEach { log.write($0) }
            guard let line else { continue }
            let request = ScriptRequest(
                purpose: .notify(name: fifo.path), arguments: line.arguments + [fifo.path], user: line.user,
                timeout: Self.readerTimeout, enforcesScriptSecurity: line.enforcesScriptSecurity)
            Task {
                let outcome = await scripts.run(request)
                if !outcome.succeeded { log.write(.warning("notify fifo script \(request.commandLine) \(outcome)")) }
            }
        }
    }

    /// Where the VRRP engine's lines go; nil when neither `notify_fifo` nor `vrrp_notify_fifo` is set.
    var vrrp: (any NotifyFIFOSink)? { plan.vrrp.isEmpty ? nil : writer.lines(to: plan.vrrp) }

    /// Where the checker's lines go; nil when neither `notify_fifo` nor `lvs_notify_fifo` is set.
    var lvs: (any NotifyFIFOSink)? { plan.lvs.isEmpty ? nil : writer.lines(to: plan.lvs) }

    /// Removes the FIFOs created at start and closes them: the reader scripts see end of file.
    func close() {
        writer.close()
    }
}
