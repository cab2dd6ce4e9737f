import ArgumentParser

/// `vigil [keepalived flags]`: the default command, accepting keepalived's command line. Today it
/// implements the configuration test (`-t`); the daemon flags (`-n`, `-l`, `-D`, `-P`, `-C`, `-p`, `-r`,
/// `-c`, ...) belong to `vigil run`, which a later change adds as this command's non-test path.
struct KeepalivedCompatibleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keepalived",
        abstract: "Run with keepalived's command-line flags (the default command).",
        shouldDisplay: false)

    @OptionGroup var source: ConfigSource

    @OptionGroup var daemon: DaemonFlags

    @Flag(name: [.customShort("t"), .customLong("config-test")],
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
