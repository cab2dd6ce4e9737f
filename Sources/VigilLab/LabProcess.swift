import FoundationEssentials
import Glibc
import LinuxPlatform
import Synchronization

/// One background process the lab started (`LabShell.start`), leading its own process group so a
/// daemon and every child it forks can be signalled together; signalled by PID, never by name.
/// It is reaped exactly once, and never signalled after that, so its PID cannot be confused with
/// a later process's.
public final class LabProcess: Sendable {
    public let pid: Int32
    /// Where its standard output and error go.
    public let logPath: String
    private let child: ChildProcess
    /// Its exit status once reaped.
    private let reaped = Mutex<ProcessExitStatus?>(nil)

    init(child: ChildProcess, logPath: String) {
        self.child = child
        self.pid = child.pid
        self.logPath = logPath
    }

    /// True until it exits; once it has, it is reaped, so nothing (a pid file check, `kill -0`)
    /// mistakes the finished process for a live one.
    public var isRunning: Bool { reap() == nil }

    /// Sends `signal` to the process itself.
    public func signal(_ signal: Int32) {
        reaped.withLock { if $0 == nil { System.signal(pid, signal) } }
    }

    /// Sends `signal` to its whole process group (the process and its children).
    public func signalGroup(_ signal: Int32) {
        reaped.withLock { if $0 == nil { System.signal(-pid, signal) } }
    }

    /// Reaps it if it has exited; its exit status once it has, nil while it runs.
    @discardableResult
    public func reap() -> ProcessExitStatus? {
        reaped.withLock { status in
            if let status { return status }
            do {
                status = try child.reapIfExited()
            } catch {
                // No longer our child (reaped elsewhere): gone for good.
                status = .exited(-1)
            }
            return status
        }
    }

    /// Blocks until it exits (and reaps it) or `timeout` passes; true when it exited.
    @discardableResult
    public func waitForExit(timeout: Duration) -> Bool {
        LabWait.until(timeout: timeout) { reap() != nil }
    }

    /// Suspends until it exits (and reaps it) or `timeout` passes; true when it exited.
    public func waitForExit(within timeout: Duration) async -> Bool {
        await LabWait.eventually(within: timeout, every: .milliseconds(50)) { !isRunning }
    }

    /// SIGKILL to its group (a host crash); true once it is gone.
    @discardableResult
    public func crash() async -> Bool {
        signalGroup(SIGKILL)
        return await waitForExit(within: .seconds(5))
    }

    /// SIGTERM, up to `grace` to exit, then SIGKILL to its whole group; reaps it.
    public func stop(grace: Duration = .seconds(5)) {
        if reap() != nil { return }
        signal(SIGTERM)
        if !waitForExit(timeout: grace) {
            signalGroup(SIGKILL)
            waitForExit(timeout: .seconds(5))
        }
    }

    /// Everything it has written to its log so far.
    public var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }
}
