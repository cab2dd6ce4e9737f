import Foundation
import Glibc
import LinuxPlatform

/// Runs the commands a namespace lab needs (`ip`, `ip netns exec …`) and remembers every process it
/// started in the background, so the lab can end exactly those, by PID. Each background process
/// leads its own process group, so a daemon and the children it forks can be signalled together.
public final class LabShell: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var command: [String]
        public var status: Int32
        public var output: String
        public var description: String { "`\(command.joined(separator: " "))` exited \(status): \(output)" }
    }

    private let lock = NSLock()
    private var background: [Int32: ChildProcess] = [:]

    public init() {}

    /// Runs a command to completion and returns its combined output; throws on a non-zero exit.
    @discardableResult
    public func run(_ arguments: [String], allowFailure: Bool = false) throws -> String {
        let (status, output) = try runStatus(arguments)
        if status != 0 && !allowFailure { throw Failure(command: arguments, status: status, output: output) }
        return output
    }

    /// Runs a command to completion and returns its exit status (128+signal when killed) and
    /// combined output.
    public func runStatus(_ arguments: [String]) throws -> (Int32, String) {
        let command = ChildCommand(executable: try Self.resolve(arguments[0]), arguments: arguments, newProcessGroup: false)
        do {
            let captured = try ChildProcess.run(command, mergingStandardError: true)
            return (captured.status.shellStatus, String(decoding: captured.standardOutput, as: UTF8.self))
        } catch {
            throw Failure(command: arguments, status: -1, output: Self.describe(error))
        }
    }

    /// Starts a command in the background with its output appended to `logPath`; returns its PID,
    /// which is also its process group ID.
    @discardableResult
    public func start(_ arguments: [String], logPath: String) throws -> Int32 {
        let log = open(logPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard log >= 0 else { throw Failure(command: arguments, status: -1, output: "cannot open \(logPath)") }
        defer { close(log) }
        let command = ChildCommand(
            executable: try Self.resolve(arguments[0]), arguments: arguments, standardOutput: .descriptor(log),
            standardError: .descriptor(log))
        let child: ChildProcess
        do {
            child = try ChildProcess.spawn(command)
        } catch {
            throw Failure(command: arguments, status: -1, output: "\(error.call): \(error.reason)")
        }
        lock.withLock { background[child.pid] = child }
        return child.pid
    }

    /// Sends `signal` to the process group of a background process this shell started; with `wait`,
    /// waits up to 5 s for it to exit (then SIGKILL) and reaps it.
    public func signal(_ pid: Int32, _ signal: Int32, wait: Bool = true) {
        guard let child = lock.withLock({ background[pid] }) else { return }
        child.signal(signal)
        guard wait else { return }
        if !Self.exits(child, within: .seconds(5)) {
            child.signal(SIGKILL)
            _ = Self.exits(child, within: .seconds(5))
        }
        _ = lock.withLock { background.removeValue(forKey: pid) }
    }

    /// True while a background process this shell started has not exited.
    public func isRunning(_ pid: Int32) -> Bool {
        guard let child = lock.withLock({ background[pid] }) else { return false }
        do {
            guard try child.reapIfExited() == nil else {
                _ = lock.withLock { background.removeValue(forKey: pid) }
                return false
            }
            return true
        } catch {
            return false
        }
    }

    /// Ends every background process this shell started that is still running: TERM, then KILL.
    public func stopAll() {
        let children = lock.withLock { Array(background.values) }
        for child in children { child.signal(SIGTERM) }
        for child in children where !Self.exits(child, within: .seconds(3)) {
            child.signal(SIGKILL)
            _ = Self.exits(child, within: .seconds(3))
        }
        lock.withLock { background.removeAll() }
    }

    /// Waits up to `timeout`; true when the process exited and was reaped (or is no longer ours).
    private static func exits(_ child: ChildProcess, within timeout: Duration) -> Bool {
        do {
            return try child.waitForExit(until: .now + timeout) != nil
        } catch {
            return true
        }
    }

    private static func describe(_ error: ChildRunError) -> String {
        switch error {
        case .spawnFailed(let failure), .io(let failure): "\(failure.call): \(failure.reason)"
        case .timedOut: "timed out"
        }
    }

    static func resolve(_ command: String) throws -> String {
        if command.hasPrefix("/") { return command }
        for dir in ["/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/bin", "/usr/local/sbin"] {
            let path = dir + "/" + command
            if access(path, X_OK) == 0 { return path }
        }
        throw Failure(command: [command], status: 127, output: "\(command): not found")
    }
}
