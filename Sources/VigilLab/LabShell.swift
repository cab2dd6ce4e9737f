import FoundationEssentials
import Glibc
import LinuxPlatform
import Synchronization

/// Runs the commands a namespace lab needs (`ip`, `ip netns exec …`, `curl`) through
/// LinuxPlatform's `ChildProcess` (posix_spawn: default signal dispositions, no inherited
/// descriptors), and remembers every process it started in the background so the lab can end
/// exactly those, by PID.
public final class LabShell: Sendable {
    private let background = Mutex<[LabProcess]>([])

    public init() {}

    /// Runs a command to completion and returns its combined output; throws on a non-zero exit
    /// unless `allowFailure`.
    @discardableResult
    public func run(_ arguments: [String], allowFailure: Bool = false) throws(LabCommandError) -> String {
        let (status, output) = try runStatus(arguments)
        if status != 0 && !allowFailure { throw LabCommandError(command: arguments, status: status, output: output) }
        return output
    }

    /// Runs a command to completion and returns its exit status (128+signal when killed) and
    /// combined output.
    public func runStatus(_ arguments: [String]) throws(LabCommandError) -> (Int32, String) {
        try Self.runStatus(arguments)
    }

    /// `run` for one-off commands that start nothing in the background.
    @discardableResult
    public static func run(_ arguments: String...) throws(LabCommandError) -> String {
        try LabShell().run(arguments)
    }

    /// Runs a command to completion on a thread of its own, so a waiting test does not hold one of
    /// the concurrency pool's threads; its status and combined output (-1 when it did not run).
    public func output(_ arguments: [String]) async -> (status: Int32, output: String) {
        await OSThread.run(name: "vigil-lab-cmd") {
            (try? Self.runStatus(arguments)).map { (status: $0.0, output: $0.1) } ?? (status: -1, output: "")
        }
    }

    private static func runStatus(_ arguments: [String]) throws(LabCommandError) -> (Int32, String) {
        guard let program = arguments.first else { throw LabCommandError(command: [], status: -1, output: "empty") }
        let command = ChildCommand(executable: try resolve(program), arguments: arguments, newProcessGroup: false)
        do {
            let captured = try ChildProcess.run(command, mergingStandardError: true)
            return (captured.status.shellStatus, String(decoding: captured.standardOutput, as: UTF8.self))
        } catch {
            throw LabCommandError(command: arguments, status: -1, output: describe(error))
        }
    }

    /// Starts a command in the background, leading its own process group, with its output appended
    /// to `logPath`.
    @discardableResult
    public func start(_ arguments: [String], logPath: String) throws(LabCommandError) -> LabProcess {
        guard let program = arguments.first else { throw LabCommandError(command: [], status: -1, output: "empty") }
        let executable = try Self.resolve(program)
        if !FileManager.default.fileExists(atPath: logPath) {
            _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        }
        let log: Int32
        do {
            log = try System.open(logPath, flags: O_WRONLY | O_APPEND)
        } catch {
            throw LabCommandError(command: arguments, status: -1, output: "\(error.call): \(error.reason)")
        }
        defer { System.close(log) }
        let command = ChildCommand(
            executable: executable, arguments: arguments, standardOutput: .descriptor(log),
            standardError: .descriptor(log))
        let child: ChildProcess
        do {
            child = try ChildProcess.spawn(command)
        } catch {
            throw LabCommandError(command: arguments, status: -1, output: "\(error.call): \(error.reason)")
        }
        let process = LabProcess(child: child, logPath: logPath)
        background.withLock { $0.append(process) }
        return process
    }

    /// Every background process started here, in order (ended ones included).
    public var processes: [LabProcess] { background.withLock { $0 } }

    /// Sends `signal` to the process group of a background process this shell started; with `wait`,
    /// waits up to 5 s for it to exit (then SIGKILL) and reaps it.
    public func signal(_ pid: Int32, _ signal: Int32, wait: Bool = true) {
        guard let process = find(pid) else { return }
        process.signalGroup(signal)
        guard wait else { return }
        if !process.waitForExit(timeout: .seconds(5)) {
            process.signalGroup(SIGKILL)
            process.waitForExit(timeout: .seconds(5))
        }
    }

    /// True while a background process this shell started has not exited.
    public func isRunning(_ pid: Int32) -> Bool {
        guard let process = find(pid) else { return false }
        return process.reap() == nil
    }

    private func find(_ pid: Int32) -> LabProcess? {
        background.withLock { $0.last { $0.pid == pid } }
    }

    /// Ends every background process this shell started that still runs: SIGTERM to each, up to
    /// `grace` for all of them together, then SIGKILL to the groups of the rest; reaps them all.
    /// Half a second in, the ones still running get a second SIGTERM: a Vigil master handing over
    /// waits up to Master_Down_Interval for a successor that a lab being torn down never brings,
    /// and a second SIGTERM makes it release at once (Docs/Handover.md).
    public func stopAll(grace: Duration = .seconds(3)) {
        let all = background.withLock { $0 }
        let running = all.reversed().filter { $0.reap() == nil }
        for process in running { process.signal(SIGTERM) }
        let settled = LabWait.until(timeout: min(grace, .milliseconds(500))) { running.allSatisfy { $0.reap() != nil } }
        if !settled {
            for process in running where process.reap() == nil { process.signal(SIGTERM) }
        }
        _ = LabWait.until(timeout: grace) { running.allSatisfy { $0.reap() != nil } }
        for process in running where process.reap() == nil {
            process.signalGroup(SIGKILL)
            process.waitForExit(timeout: .seconds(5))
        }
    }

    private static func describe(_ error: ChildRunError) -> String {
        switch error {
        case .spawnFailed(let failure), .io(let failure): "\(failure.call): \(failure.reason)"
        case .timedOut: "timed out"
        }
    }

    /// The absolute path of `command`, looked up in the system directories.
    public static func resolve(_ command: String) throws(LabCommandError) -> String {
        if command.hasPrefix("/") { return command }
        for dir in ["/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/bin", "/usr/local/sbin"] {
            let path = dir + "/" + command
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw LabCommandError(command: [command], status: 127, output: "\(command): not found")
    }
}
