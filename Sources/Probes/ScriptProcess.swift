import Glibc
import NIOCore

/// A running script watched from the event loop: its exit status is polled with `waitpid(pid,
/// WNOHANG)` (only this pid, so other children of the daemon are left alone), and `terminate()`
/// sends SIGTERM to its process group, then SIGKILL after a grace period (reference §4.1).
final class ScriptProcess {
    /// Signal grace between SIGTERM and SIGKILL, as keepalived uses.
    static let killGrace: TimeAmount = .seconds(2)
    private static let slowestPoll: TimeAmount = .milliseconds(50)

    let pid: pid_t
    private let eventLoop: any EventLoop
    private var onExit: ((CInt) -> Void)?
    private var pollInterval: TimeAmount = .milliseconds(1)
    private var killTimer: Scheduled<Void>?
    private(set) var hasExited = false

    init(pid: pid_t, eventLoop: any EventLoop, onExit: @escaping (CInt) -> Void) {
        self.pid = pid
        self.eventLoop = eventLoop
        self.onExit = onExit
        poll()
    }

    /// SIGTERM to the group now, SIGKILL if it has not exited after `killGrace`; the process is
    /// still reaped, but `onExit` is no longer called.
    func terminate() {
        onExit = nil
        guard !hasExited else { return }
        kill(-pid, SIGTERM)
        killTimer = eventLoop.assumeIsolated().scheduleTask(in: Self.killGrace) { [self] in
            if !hasExited { kill(-pid, SIGKILL) }
        }
    }

    private func poll() {
        guard isZombie() else {
            eventLoop.assumeIsolated().scheduleTask(in: pollInterval) { [self] in poll() }
            pollInterval = min(pollInterval * 2, Self.slowestPoll)
            return
        }
        hasExited = true
        killTimer?.cancel()
        // While the leader is an unreaped zombie its pid cannot be reused, so signalling the group
        // is safe; after a timeout nothing the script started may outlive it.
        if onExit == nil { kill(-pid, SIGKILL) }
        var status: CInt = 0
        let reaped = waitpid(pid, &status, 0)
        onExit?(reaped == pid ? status : -1)
        onExit = nil
    }

    /// True once the process has exited, without reaping it (`WNOWAIT`); also true when it is
    /// not our child any more, so polling stops.
    private func isZombie() -> Bool {
        var info = siginfo_t()
        let status = waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT)
        if status < 0 { return errno != EINTR }
        return info._sifields._sigchld.si_pid == pid
    }
}
