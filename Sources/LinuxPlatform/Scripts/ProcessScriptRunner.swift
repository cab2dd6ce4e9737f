import Engine
import Glibc
import Runtime

/// Runs every script Vigil runs (vrrp_script, notify*, MISC_CHECK, notify_up/down, quorum_up/down)
/// as a child process (Docs/Keepalived.md §6.3): own process group, IFS and LD_PRELOAD/LD_LIBRARY_PATH
/// removed from the environment, the requested user and group, `enable_script_security` judged
/// again just before the start, SIGTERM to the group at the timeout and SIGKILL once the script
/// has ended or 2 s later. Waiting happens on a thread of its own, never on the caller's.
public struct ProcessScriptRunner: ScriptRunner {
    private static let removedVariables: Set<String> = ["IFS", "LD_PRELOAD", "LD_LIBRARY_PATH"]
    /// How long a script that ignored SIGTERM gets before SIGKILL.
    static let killGrace: Duration = .seconds(2)

    private let environment: [String]
    private let resolver: ScriptResolver
    private let status: @Sendable (String) -> FileStatus?
    private let networkNamespace: String?
    private let output: ChildCommand.Stream
    private let log: (any LogSink)?

    /// A runner that passes on `environment` (default: this process's) minus the unsafe variables.
    /// Scripts start inside `networkNamespace` when set (`/run/netns/NAME`, keepalived's
    /// `net_namespace`); their standard output and error go to `output` (default: the daemon's own;
    /// MISC_CHECK's runner uses /dev/null); a script refused by script security is logged to `log`
    /// as an error.
    public init(
        environment: [String]? = nil, networkNamespace: String? = nil, output: ChildCommand.Stream = .inherit,
        log: (any LogSink)? = nil, status: @escaping @Sendable (String) -> FileStatus? = { FileStatus(path: $0) }
    ) {
        let inherited = environment ?? System.environment()
        self.environment = inherited.filter { entry in
            let name = entry.split(separator: "=", maxSplits: 1).first.map(String.init) ?? entry
            return !Self.removedVariables.contains(name)
        }
        resolver = ScriptResolver.system(environment: self.environment)
        self.status = status
        self.networkNamespace = networkNamespace
        self.output = output
        self.log = log
    }

    /// Everything that may block (the passwd lookup, stat, the wait) happens on a thread of its own.
    public func run(_ request: ScriptRequest) async -> ScriptOutcome {
        await OSThread.run(name: "vigil-script") { [self] in
            let command: ChildCommand
            do throws(ScriptRefusal) {
                command = try makeCommand(request)
            } catch {
                return .failedToStart(error.description)
            }
            return Self.runToEnd(command, timeout: request.timeout, networkNamespace: networkNamespace)
        }
    }

    /// stdin from /dev/null, stdout and stderr to `output`, in a process group of its own, as the
    /// request's user; refused when script security forbids it.
    private func makeCommand(_ request: ScriptRequest) throws(ScriptRefusal) -> ChildCommand {
        let (executable, arguments) = resolver.resolve(request.arguments)
        let command = ChildCommand(
            executable: executable, arguments: arguments, environment: environment, standardInput: .null,
            standardOutput: output, standardError: output, newProcessGroup: true)
        var identity: ProcessIdentity?
        if let user = request.user {
            do {
                identity = try UserDatabase.identity(of: user)
            } catch {
                throw .unknownIdentity(error)
            }
        }
        if request.enforcesScriptSecurity, let program = request.arguments.first, let path = resolver.locate(program) {
            let security = ScriptSecurity(isEnforced: true, status: status)
            let name = request.commandLine
            let runsAsRoot = identity?.isRoot ?? (System.userID() == 0)
            switch security.verdict(forScript: name, path: path, runsAsRoot: runsAsRoot) {
            case .allowed, .allowedWithWarning: break
            case .refused(let reason):
                log?.write(.error(reason))
                throw .insecure(reason)
            }
        }
        guard let identity else { return command }
        return command.runningAs(identity)
    }

    private static func runToEnd(_ command: ChildCommand, timeout: Duration, networkNamespace: String?)
        -> ScriptOutcome
    {
        do {
            let child: ChildProcess
            if let networkNamespace {
                // A thread of its own enters the namespace; the child inherits it from that thread.
                child = try NetworkNamespace.run(named: networkNamespace) {
                    Result { () throws(SystemError) in try spawn(command) }
                }.get()
            } else {
                child = try spawn(command)
            }
            let (status, timedOut) = try child.waitForExit(timeout: timeout, killGrace: killGrace)
            return timedOut ? .timedOut : ScriptOutcome(status)
        } catch {
            return .failedToStart("\(error.call): \(error.reason)")
        }
    }

    /// Spawns `command`; a file without a `#!` line (ENOEXEC) runs as `/bin/sh FILE ARGS...`.
    private static func spawn(_ command: ChildCommand) throws(SystemError) -> ChildProcess {
        do {
            return try ChildProcess.spawn(command)
        } catch where error.errno == ENOEXEC {
            var shell = command
            shell.executable = "/bin/sh"
            shell.arguments = ["/bin/sh", command.executable] + command.arguments.dropFirst()
            return try ChildProcess.spawn(shell)
        }
    }
}
