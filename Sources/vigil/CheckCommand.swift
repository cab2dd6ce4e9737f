import ArgumentParser
import Daemon
import KeepalivedConfig

/// `vigil check`: validates a configuration, prints diagnostics GCC-style on stderr and, with `--json`,
/// the normalized configuration on stdout; exits with keepalived's `-t` status (0, 4, 5 or 6).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a keepalived.conf and report every problem found.",
        discussion: "Exit status: 0 valid, 4 cannot run, 5 configuration errors, 6 script security errors.")

    @OptionGroup var source: ConfigSource

    @Flag(help: "Print the normalized configuration as JSON on standard output.")
    var json = false

    func run() throws {
        var result = source.load()
        // The daemon's own refusals and the keywords it reads but does not act on.
        result.diagnostics += DaemonSupportAudit.findings(result.configuration)
        ConfigTestReport.write(result, to: .standardError)
        if json { print(result.configuration.jsonValue.rendered()) }
        if result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
    }
}
