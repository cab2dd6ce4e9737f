import Foundation
import Glibc

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
    private var background: Set<Int32> = []

    public init() {}

    /// Runs a command to completion and returns its combined output; throws on a non-zero exit.
    @discardableResult
    public func run(_ arguments: [String], allowFailure: Bool = false) throws -> String {
        let (status, output) = try runStatus(arguments)
        if status != 0 && !allowFailure { throw Failure(command: arguments, status: status, output: output) }
        return output
    }

    /// Runs a command to completion and returns its exit status and combined output.
    public func runStatus(_ arguments: [String]) throws -> (Int32, String) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw Failure(command: arguments, status: -1, output: "pipe2 failed") }
        // Close-on-exec on both ends: dup2 in the child clears it on its stdout/stderr copies only.
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let pid: Int32
        do {
            pid = try spawn(arguments, stdoutFD: fds[1], newGroup: false)
        } catch {
            close(fds[0]); close(fds[1])
            throw error
        }
        close(fds[1])
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fds[0], &buffer, buffer.count)
            if n > 0 { output.append(contentsOf: buffer[0..<n]); continue }
            if n < 0 && errno == EINTR { continue }
            break
        }
        close(fds[0])
        return (Self.waitForExit(pid), String(decoding: output, as: UTF8.self))
    }

    /// Starts a command in the background with its output appended to `logPath`; returns its PID,
    /// which is also its process group ID.
    @discardableResult
    public func start(_ arguments: [String], logPath: String) throws -> Int32 {
        let log = open(logPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard log >= 0 else { throw Failure(command: arguments, status: -1, output: "cannot open \(logPath)") }
        defer { close(log) }
        let pid = try spawn(arguments, stdoutFD: log, newGroup: true)
        _ = lock.withLock { background.insert(pid) }
        return pid
    }

    /// Sends `signal` to the process group of a background process this shell started; with `wait`,
    /// waits up to 5 s for it to exit (then SIGKILL) and reaps it.
    public func signal(_ pid: Int32, _ signal: Int32, wait: Bool = true) {
        guard lock.withLock({ background.contains(pid) }) else { return }
        kill(-pid, signal)
        guard wait else { return }
        if !Self.waitForExit(pid, timeout: 5) {
            kill(-pid, SIGKILL)
            _ = Self.waitForExit(pid, timeout: 5)
        }
        _ = lock.withLock { background.remove(pid) }
    }

    /// True while a background process this shell started has not exited.
    public func isRunning(_ pid: Int32) -> Bool {
        guard lock.withLock({ background.contains(pid) }) else { return false }
        var status: Int32 = 0
        let r = waitpid(pid, &status, WNOHANG)
        if r == pid {
            _ = lock.withLock { background.remove(pid) }
            return false
        }
        return r == 0
    }

    /// Ends every background process this shell started that is still running: TERM, then KILL.
    public func stopAll() {
        let pids = lock.withLock { background }
        for pid in pids { kill(-pid, SIGTERM) }
        for pid in pids where !Self.waitForExit(pid, timeout: 3) {
            kill(-pid, SIGKILL)
            _ = Self.waitForExit(pid, timeout: 3)
        }
        lock.withLock { background.removeAll() }
    }

    private func spawn(_ arguments: [String], stdoutFD: Int32, newGroup: Bool) throws -> Int32 {
        let path = try Self.resolve(arguments[0])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutFD, 1)
        posix_spawn_file_actions_adddup2(&actions, stdoutFD, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigfillset(&defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var flags = Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)
        if newGroup {
            flags |= Int16(POSIX_SPAWN_SETPGROUP)
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        posix_spawnattr_setflags(&attributes, flags)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: Int32 = 0
        let rc = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard rc == 0 else {
            throw Failure(command: arguments, status: -1, output: "posix_spawn: \(String(cString: strerror(rc)))")
        }
        return pid
    }

    /// Waits for `pid` to exit; returns its exit status (128+signal when killed).
    static func waitForExit(_ pid: Int32) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        return Self.exitCode(status)
    }

    /// Waits up to `timeout` seconds; true when the process exited (and was reaped).
    static func waitForExit(_ pid: Int32, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        repeat {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid || (r < 0 && errno == ECHILD) { return true }
            usleep(5_000)
        } while Date() < deadline
        return false
    }

    static func exitCode(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
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
