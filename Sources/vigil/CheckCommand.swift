import ArgumentParser
import Glibc
import Daemon
import KeepalivedConfig
import LinuxPlatform

/// `vigil check`: validates a configuration, prints diagnostics GCC-style on stderr and, with `--json`,
/// the normalized configuration on stdout; exits with keepalived's `-t` status (0, 4, 5 or 6).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a keepalived.conf and report every problem found.",
        discussion: """
            Exit status: 0 valid, 4 cannot run, 5 configuration errors, 6 script security errors; with \
            --strict, 5 also when there are only warnings. Host-independent apart from script security: \
            'vigil -t' also checks that the interfaces named exist, as 'keepalived -t' does.
            """)

    @OptionGroup var source: ConfigSource

    @Flag(help: "Print the normalized configuration as JSON on standard output.")
    var json = false

    @Flag(help: "Fail (exit 5) when there are warnings, even those keepalived would accept.")
    var strict = false

    func run() throws {
        var result = source.load()
        // The daemon's own refusals and the keywords it reads but does not act on.
        result.diagnostics += DaemonSupportAudit.findings(result.configuration)
        ConfigTestReport.write(result, to: .standardError)
        let ipvs: Bool
        switch IPVSFamilyResolver.probe() {
        case .available, .resolvedWithoutDriver: ipvs = true
        case .unavailable: ipvs = false
        }
        let notices =
            TunnelNotice.lines(result.configuration, ipvsAvailable: ipvs)
            + TimeoutsNotice.lines(result.configuration, ipvsAvailable: ipvs)
        if !notices.isEmpty {
            ConfigTestReport.writeAll(Array(notices.map { $0 + "\n" }.joined().utf8), to: STDERR_FILENO)
        }
        ConfigTestReport.writeAll(Array((InterfaceAudit.skippedNotice + "\n").utf8), to: STDERR_FILENO)
        if json { print(result.configuration.jsonValue.rendered()) }
        if result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
        if strict, !result.diagnostics.isEmpty { throw ExitCode(Int32(Diagnostic.Class.error.rawValue)) }
    }
}
