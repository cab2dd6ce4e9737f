import Glibc

/// One child process started with `posix_spawn` (Docs/Keepalived.md §1.4, §4.1 and §6.3): default
/// signal dispositions, an empty signal mask, no descriptors beyond its three standard streams and,
/// usually, a process group of its own so that a timeout can signal everything it started.
/// The daemon's script runners, health-check scripts, `nft` and the namespace lab all start
/// children here.
public struct ChildProcess: Hashable, Sendable {
    public let pid: pid_t
    /// True when the child leads its own process group (whose id is `pid`).
    public let leadsProcessGroup: Bool

    /// Starts `command`; throws when it cannot (an `execve` failure included: `posix_spawn` reports it).
    public static func spawn(_ command: ChildCommand) throws(SystemError) -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        try SpawnSetup.streams(command, &actions)
        try SpawnSetup.attributes(
            newProcessGroup: command.newProcessGroup, newSession: command.newSession, &attributes)
        let pid = try System.spawn(
            command.executable, arguments: command.arguments, environment: command.environment, actions: &actions,
            attributes: &attributes)
        return ChildProcess(pid: pid, leadsProcessGroup: command.newProcessGroup)
    }

    /// Sends `signal` to the child's process group when it leads one, else to the child alone.
    public func signal(_ signal: Int32) {
        System.signal(leadsProcessGroup ? -pid : pid, signal)
    }

    /// Reaps the child if it has exited; nil while it runs.
    public func reapIfExited() throws(SystemError) -> ProcessExitStatus? {
        let (reaped, status) = try System.waitForChild(pid, options: WNOHANG)
        return reaped == pid ? ProcessExitStatus(waitStatus: status) : nil
    }

    /// True once the child has exited, without reaping it: until `waitForExit` its pid and process
    /// group cannot be reused, so signalling them stays safe. Also true when it is no longer our
    /// child, so that pollers stop.
    public func hasExited() -> Bool {
        do {
            return try System.childHasExited(pid)
        } catch {
            return true
        }
    }

    /// Blocks until the child exits, and reaps it.
    public func waitForExit() throws(SystemError) -> ProcessExitStatus {
        ProcessExitStatus(waitStatus: try System.waitForChild(pid, options: 0).status)
    }

    /// Blocks until the child exits (reaping it) or `deadline` passes (nil), checking at 1 ms and
    /// then at intervals doubling up to 20 ms.
    public func waitForExit(until deadline: ContinuousClock.Instant) throws(SystemError) -> ProcessExitStatus? {
        var pause = Duration.milliseconds(1)
        while true {
            if let status = try reapIfExited() { return status }
            let left = deadline - .now
            guard left > .zero else { return nil }
            System.sleep(for: min(pause, left))
            pause = min(pause * 2, .milliseconds(20))
        }
    }

    /// Blocks until the child exits; past `timeout` it gets SIGTERM and, when it has ended or
    /// `killGrace` later, SIGKILL (both to its group when it leads one, so nothing the child started
    /// outlives a timeout). `timedOut` says whether it had to be signalled.
    public func waitForExit(timeout: Duration, killGrace: Duration) throws(SystemError)
        -> (status: ProcessExitStatus, timedOut: Bool)
    {
        if let status = try waitForExit(until: .now + timeout) { return (status, false) }
        signal(SIGTERM)
        // Not reaped yet: while the leader is a zombie its pid, and so its group id, cannot be reused.
        waitUntilExited(until: .now + killGrace)
        signal(SIGKILL)
        return (try waitForExit(), true)
    }

    /// Blocks until the child has exited, without reaping it, or until `deadline`.
    private func waitUntilExited(until deadline: ContinuousClock.Instant) {
        var pause = Duration.milliseconds(1)
        while !hasExited() {
            let left = deadline - .now
            guard left > .zero else { return }
            System.sleep(for: min(pause, left))
            pause = min(pause * 2, .milliseconds(20))
        }
    }
}
