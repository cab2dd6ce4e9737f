import ArgumentParser
import Daemon
import KeepalivedConfig
import LinuxPlatform

/// `vigil run [keepalived flags]`, also the default command, so `vigil -t -f FILE` and keepalived's other
/// flags work unchanged: `-t` tests the configuration, `-v` and `--signum` answer and exit, anything
/// else runs the daemon (`DaemonFlags`), in the background unless `-n`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon with keepalived's command-line flags (the default command).",
        discussion: """
            'vigil -t' checks the configuration like 'keepalived -t' and exits 0, 4, 5 or 6. Without -n the \
            daemon detaches and the command returns once the first configuration is applied (0) or the \
            daemon failed (its exit status). See vigil(8).
            """)

    @OptionGroup var source: ConfigSource

    @OptionGroup var daemon: DaemonFlags

    @Flag(
        name: [.customShort("t"), .customLong("config-test")],
        help: "Check the configuration and exit: 0 valid, 4 cannot run, 5 errors, 6 script security.")
    var configTest = false

    @Option(name: .customLong("config-test-output"), help: .hidden)
    var configTestOutput: String?

    @Flag(name: [.customShort("v"), .customLong("version")], help: "Print the version and exit.")
    var version = false

    @Option(
        name: .customLong("signum"),
        help: "Print the number of the signal for RELOAD, STOP, DATA or STATS (keepalived's names) and exit.")
    var signum: String?

    @Flag(name: [.customShort("T"), .customLong("genhash")], help: "keepalived's genhash mode (not provided).")
    var genhash = false

    func run() throws {
        if version { return ConfigTestReport.writeAll(Array(VigilVersion.banner.utf8), to: 1) }
        if let signum { return try Self.printSignal(named: signum) }
        if genhash {
            Self.complain("-T/--genhash is not provided by Vigil; use keepalived's genhash or curl | md5sum")
            throw ExitCode(1)
        }
        if case .failure(let problem) = daemon.fileMask { Self.complain("\(problem)") }
        if configTest { return try testConfiguration() }
        if case .failure(let problem) = daemon.facility { Self.complain("\(problem)") }
        guard daemon.dontFork else {
            // Re-executed with -n in a new session before any thread exists (vigil(8), DETACHING).
            let arguments = Array(CommandLine.arguments.dropFirst()) + ["--dont-fork"]
            throw ExitCode(DetachedStart.run(executable: DemoCommand.ownExecutable(), arguments: arguments))
        }
        var options = daemon.options(source)
        options.readiness = DetachedStart.takeReadiness()
        try prepareProcess()
        throw ExitCode(VigilDaemon.runBlocking(options))
    }

    private func testConfiguration() throws {
        var result = source.load()
        // keepalived -t also checks the host: the interfaces named must exist.
        let missingInterfaces = InterfaceAudit.audit(result.configuration)
        result.diagnostics += missingInterfaces
        if let path = configTestOutput {
            try ConfigTestReport.write(result, toFile: path)
        } else {
            ConfigTestReport.write(result, to: .standardError)
        }
        var status = result.exitStatus
        // keepalived stops at a non-existent interface (exit 5) before it judges script security (6).
        if !missingInterfaces.isEmpty { status = Int32(Diagnostic.Class.error.rawValue) }
        // keepalived counts a bad -S as a configuration error.
        if case .failure(let problem) = daemon.facility {
            Self.complain("\(problem)")
            status = max(status, 5)
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// `-u`, `-m`/`-M` and `-s`, while the process has one thread.
    private func prepareProcess() throws {
        if case .success(let mask?) = daemon.fileMask { ProcessSetup.setFileCreationMask(mask) }
        if daemon.coreDump || daemon.coreDumpPattern {
            do { try ProcessSetup.allowCoreDumps() } catch { Self.complain("cannot allow core dumps: \(error)") }
        }
        if let name = daemon.namespace {
            do {
                try ProcessSetup.enterNetworkNamespace(named: name)
            } catch {
                Self.complain("cannot enter network namespace \(name): \(error)")
                throw ExitCode(1)
            }
        }
    }

    /// keepalived's `--signum=NAME`: the number on standard output, or exit 1.
    static func printSignal(named name: String) throws {
        guard let function = DaemonSignal(keepalivedName: name) else {
            complain("Unknown sigfunc \(name)")
            throw ExitCode(1)
        }
        guard function.command != nil else {
            complain("Vigil does not answer \(name) (keepalived's signal \(function.number)); see vigil(8)")
            throw ExitCode(1)
        }
        print(function.number)
    }

    static func complain(_ text: String) {
        ConfigTestReport.writeAll(Array("\(text)\n".utf8), to: 2)
    }
}
