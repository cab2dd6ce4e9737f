import ArgumentParser

/// `vigil run [keepalived flags]`, also the default command, so `vigil -t -f FILE` and keepalived's other
/// flags work unchanged: `-t` tests the configuration, anything else runs the daemon (`DaemonFlags`).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon with keepalived's command-line flags (the default command).",
        discussion: "'vigil -t' checks the configuration like 'keepalived -t' and exits 0, 4, 5 or 6.")

    @OptionGroup var source: ConfigSource

    @OptionGroup var daemon: DaemonFlags

    @Flag(
        name: [.customShort("t"), .customLong("config-test")],
        help: "Check the configuration and exit: 0 valid, 4 cannot run, 5 errors, 6 script security.")
    var configTest = false

    @Option(name: .customLong("config-test-output"), help: .hidden)
    var configTestOutput: String?

    func run() throws {
        guard configTest else { throw ExitCode(daemon.run(source)) }
        let result = source.load()
        if let path = configTestOutput {
            try ConfigTestReport.write(result, toFile: path)
        } else {
            ConfigTestReport.write(result, to: .standardError)
        }
        if result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
    }
}
