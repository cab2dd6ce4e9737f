import Engine
import Glibc

/// fork + exec of one script in its own process group, and the blocking wait for it
/// (keepalived-behaviour 1.4 and 6.3: timeout => SIGTERM, 2 s later SIGKILL).
enum ChildProcess {
    struct SpawnError: Error, CustomStringConvertible {
        var call: String
        var errorNumber: Int32

        var description: String { "\(call): \(String(cString: strerror(errorNumber)))" }
    }

    /// How long a script that ignored SIGTERM gets before SIGKILL.
    static let killGrace: Duration = .seconds(2)

    /// Starts the plan and returns the child's pid, which is also its process group id.
    static func spawn(_ plan: ExecutionPlan) throws(SpawnError) -> pid_t {
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else { throw SpawnError(call: "pipe", errorNumber: errno) }
        for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        let devNull = open("/dev/null", O_RDONLY | O_CLOEXEC)
        let prepared = PreparedExec(plan, keep: pipeEnds[1])
        defer { prepared.deallocate() }
        let pid = fork()
        if pid == 0 { prepared.execInChild(standardInput: devNull) }
        let forkError = errno
        close(pipeEnds[1])
        if devNull >= 0 { close(devNull) }
        defer { close(pipeEnds[0]) }
        guard pid > 0 else { throw SpawnError(call: "fork", errorNumber: forkError) }
        _ = setpgid(pid, pid)
        if let failure = readChildFailure(pipeEnds[0]) {
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
            throw failure
        }
        return pid
    }

    /// Blocks until the child ends; past `timeout` its group gets SIGTERM, then SIGKILL.
    static func waitForExit(_ pid: pid_t, timeout: Duration) -> ScriptOutcome {
        let clock = ContinuousClock()
        let termAt = clock.now + timeout
        var killAt: ContinuousClock.Instant?
        var pause: UInt32 = 1_000
        while true {
            var status: Int32 = 0
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { return killAt == nil ? outcome(status) : .timedOut }
            if reaped < 0 && errno != EINTR { return .failedToStart("waitpid: \(String(cString: strerror(errno)))") }
            let now = clock.now
            if killAt == nil, now >= termAt {
                kill(-pid, SIGTERM)
                killAt = now + killGrace
            } else if let deadline = killAt, now >= deadline {
                kill(-pid, SIGKILL)
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
    }

    private static func outcome(_ status: Int32) -> ScriptOutcome {
        let signal = status & 0x7f
        if signal == 0 { return .exited((status >> 8) & 0xff) }
        return .signalled(signal)
    }

    /// Reads what the child wrote before dying: `call` index and errno; nothing means exec succeeded.
    private static func readChildFailure(_ fd: Int32) -> SpawnError? {
        var report: (Int32, Int32) = (0, 0)
        let count = withUnsafeMutableBytes(of: &report) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var got = 0
            while got < buffer.count {
                let n = read(fd, base + got, buffer.count - got)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                got += n
            }
            return got
        }
        guard count == MemoryLayout<(Int32, Int32)>.size else { return nil }
        return SpawnError(call: PreparedExec.callNames[Int(report.0)] ?? "exec", errorNumber: report.1)
    }
}
