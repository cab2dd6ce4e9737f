import Glibc
import LinuxPlatform
import NIOCore

/// A running script watched from the event loop: whether it has exited is polled without reaping
/// it (so other children of the daemon are left alone and its group stays reserved), and
/// `terminate()` sends SIGTERM to its process group, then SIGKILL after a grace period (reference §4.1).
final class ScriptProcess {
    /// Signal grace between SIGTERM and SIGKILL, as keepalived uses.
    static let killGrace: TimeAmount = .seconds(2)
    private static let slowestPoll: TimeAmount = .milliseconds(50)

    let child: ChildProcess
    private let eventLoop: any EventLoop
    private var onExit: ((ProcessExitStatus?) -> Void)?
    private var pollInterval: TimeAmount = .milliseconds(1)
    private var killTimer: Scheduled<Void>?
    private(set) var hasExited = false

    /// Watches `child`; `onExit` gets its status, or nil when the status was lost.
    init(_ child: ChildProcess, eventLoop: any EventLoop, onExit: @escaping (ProcessExitStatus?) -> Void) {
        self.child = child
        self.eventLoop = eventLoop
        self.onExit = onExit
        poll()
    }

    /// SIGTERM to the group now, SIGKILL if it has not exited after `killGrace`; the process is
    /// still reaped, but `onExit` is no longer called.
    func terminate() {
        onExit = nil
        guard !hasExited else { return }
        child.signal(SIGTERM)
        killTimer = eventLoop.assumeIsolated().scheduleTask(in: Self.killGrace) { [self] in
            if !hasExited { child.signal(SIGKILL) }
        }
    }

    private func poll() {
        guard child.hasExited() else {
            eventLoop.assumeIsolated().scheduleTask(in: pollInterval) { [self] in poll() }
            pollInterval = min(pollInterval * 2, Self.slowestPoll)
            return
        }
        hasExited = true
        killTimer?.cancel()
        // While the leader is an unreaped zombie its pid cannot be reused, so signalling the group
        // is safe; after a timeout nothing the script started may outlive it.
        if onExit == nil { child.signal(SIGKILL) }
        let status = try? child.waitForExit()
        onExit?(status)
        onExit = nil
    }
}
