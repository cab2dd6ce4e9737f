import Engine
import Glibc
import LinuxPlatform
import Runtime

/// Runs scripts as child processes (keepalived-behaviour 6.3): own process group, IFS and
/// LD_PRELOAD/LD_LIBRARY_PATH removed from the environment, the requested user and group,
/// SIGTERM at the timeout and SIGKILL 2 s later. Waiting happens on a thread of its own.
public struct ProcessScriptRunner: ScriptRunner {
    private static let removedVariables: Set<String> = ["IFS", "LD_PRELOAD", "LD_LIBRARY_PATH"]
    /// How long a script that ignored SIGTERM gets before SIGKILL.
    static let killGrace: Duration = .seconds(2)

    private let environment: [String]
    private let resolver: ScriptResolver

    /// A runner that passes on `environment` (default: this process's) minus the unsafe variables.
    public init(environment: [String]? = nil) {
        let inherited = environment ?? Self.processEnvironment()
        self.environment = inherited.filter { entry in
            let name = entry.split(separator: "=", maxSplits: 1).first.map(String.init) ?? entry
            return !Self.removedVariables.contains(name)
        }
        let path = self.environment.first { $0.hasPrefix("PATH=") }.map { String($0.dropFirst(5)) }
        resolver = ScriptResolver(
            searchPath: path.map { $0.split(separator: ":").map(String.init) } ?? ScriptResolver.defaultSearchPath,
            isExecutable: { access($0, X_OK) == 0 && FileStatus.isRegularFile($0) })
    }

    public func run(_ request: ScriptRequest) async -> ScriptOutcome {
        let command: ChildCommand
        do {
            command = try makeCommand(request)
        } catch {
            return .failedToStart(error.description)
        }
        return await OSThread.run(name: "vigil-script") { Self.runToEnd(command, timeout: request.timeout) }
    }

    /// stdin from /dev/null, stdout and stderr the daemon's, in a process group of its own.
    private func makeCommand(_ request: ScriptRequest) throws(UserDatabase.LookupError) -> ChildCommand {
        let (executable, arguments) = resolver.resolve(request.arguments)
        let command = ChildCommand(
            executable: executable, arguments: arguments, environment: environment, standardInput: .null,
            standardOutput: .inherit, standardError: .inherit, newProcessGroup: true)
        guard let user = request.user else { return command }
        return command.runningAs(try UserDatabase.identity(of: user))
    }

    private static func runToEnd(_ command: ChildCommand, timeout: Duration) -> ScriptOutcome {
        do {
            let child = try spawn(command)
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

    private static func processEnvironment() -> [String] {
        var result: [String] = []
        var cursor = environ
        while let entry = cursor.pointee {
            result.append(String(cString: entry))
            cursor += 1
        }
        return result
    }
}
