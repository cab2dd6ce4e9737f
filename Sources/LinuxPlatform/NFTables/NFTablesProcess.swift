import Glibc

/// Runs one short-lived child process (`nft`) with a byte string on its stdin, collecting stdout and
/// stderr, killing it at a deadline. The only Glibc in the nftables driver.
enum NFTablesProcess {
    struct Output: Sendable {
        /// The exit code, or 128 + the signal number when a signal ended the process.
        var exitStatus: Int32
        var standardOutput: [UInt8]
        var standardError: [UInt8]
    }

    static func run(
        executable: String, arguments: [String], input: [UInt8], timeout: Duration
    ) throws(NFTablesError) -> Output {
        // Socket pairs rather than pipes: created close-on-exec atomically (Glibc's Swift overlay lacks
        // pipe2), and a write to a child that already exited returns EPIPE instead of raising SIGPIPE in
        // the daemon (MSG_NOSIGNAL).
        var channels: [[Int32]] = []
        for _ in 0..<3 {
            var pair: [Int32] = [-1, -1]
            guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
                let error = errno
                closeAll(channels.flatMap { $0 })
                throw .io(call: "socketpair", errno: error)
            }
            channels.append(pair)
        }
        let (stdinPair, stdoutPipe, stderrPipe) = (channels[0], channels[1], channels[2])
        let pid: pid_t
        do {
            pid = try spawn(executable, arguments, stdin: stdinPair[1], stdout: stdoutPipe[1], stderr: stderrPipe[1])
        } catch {
            closeAll(stdinPair + stdoutPipe + stderrPipe)
            throw error
        }
        closeAll([stdinPair[1], stdoutPipe[1], stderrPipe[1]])
        var exchange = Exchange(stdin: stdinPair[0], stdout: stdoutPipe[0], stderr: stderrPipe[0], input: input)
        defer { exchange.closeAll() }
        let deadline = ContinuousClock.now + timeout
        guard exchange.pump(until: deadline) else {
            kill(pid, SIGKILL)
            _ = wait(for: pid)
            throw .timedOut(after: timeout)
        }
        guard let status = wait(for: pid) else { throw .io(call: "waitpid", errno: errno) }
        return Output(exitStatus: status, standardOutput: exchange.output, standardError: exchange.errors)
    }

    private static func spawn(
        _ executable: String, _ arguments: [String], stdin: Int32, stdout: Int32, stderr: Int32
    ) throws(NFTablesError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with no blocked signals and default SIGPIPE, whatever the daemon's threads use.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard result == 0 else { throw .spawnFailed(executable: executable, errno: result) }
        return pid
    }

    /// Waits for the child, retrying EINTR; nil when waitpid fails otherwise.
    private static func wait(for pid: pid_t) -> Int32? {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return nil }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    private static func closeAll(_ descriptors: [Int32]) {
        for descriptor in descriptors where descriptor >= 0 { close(descriptor) }
    }

    /// The parent's ends of the three standard streams, pumped with poll(2).
    private struct Exchange {
        var stdin: Int32
        var stdout: Int32
        var stderr: Int32
        let input: [UInt8]
        var written = 0
        var output: [UInt8] = []
        var errors: [UInt8] = []

        init(stdin: Int32, stdout: Int32, stderr: Int32, input: [UInt8]) {
            self.stdin = stdin
            self.stdout = stdout
            self.stderr = stderr
            self.input = input
            for descriptor in [stdin, stdout, stderr] {
                _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            }
            if input.isEmpty { finishInput() }
        }

        /// Moves bytes until both outputs reach end of file; false when the deadline passed first.
        mutating func pump(until deadline: ContinuousClock.Instant) -> Bool {
            while stdout >= 0 || stderr >= 0 {
                let remaining = deadline - ContinuousClock.now
                guard remaining > .zero else { return false }
                var fds = [stdin, stdout, stderr].map { pollfd(fd: $0, events: 0, revents: 0) }
                fds[0].events = Int16(POLLOUT)
                fds[1].events = Int16(POLLIN)
                fds[2].events = Int16(POLLIN)
                let milliseconds = Int32(clamping: remaining.nanosecondsRoundedUp / 1_000_000)
                let ready = poll(&fds, nfds_t(fds.count), max(milliseconds, 1))
                if ready < 0 && errno != EINTR { return false }
                if fds[0].revents != 0 { writeInput() }
                if fds[1].revents != 0 { drain(&stdout, into: &output) }
                if fds[2].revents != 0 { drain(&stderr, into: &errors) }
            }
            return true
        }

        private mutating func writeInput() {
            let count = input.withUnsafeBytes { bytes in
                send(stdin, bytes.baseAddress.map { $0 + written }, input.count - written, Int32(MSG_NOSIGNAL))
            }
            if count > 0 { written += count }
            // A child that stops reading (or exits) ends the input; its exit status tells what happened.
            if count < 0 && errno != EAGAIN && errno != EINTR || written == input.count { finishInput() }
        }

        private mutating func finishInput() {
            if stdin >= 0 { close(stdin) }
            stdin = -1
        }

        private func drain(_ descriptor: inout Int32, into buffer: inout [UInt8]) {
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    buffer += chunk[0..<count]
                    continue
                }
                if count < 0 && (errno == EAGAIN || errno == EINTR) { return }
                close(descriptor)
                descriptor = -1
                return
            }
        }

        mutating func closeAll() {
            for descriptor in [stdin, stdout, stderr] where descriptor >= 0 { close(descriptor) }
            stdin = -1
            stdout = -1
            stderr = -1
        }
    }
}

extension Duration {
    fileprivate var nanosecondsRoundedUp: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + (attoseconds + 999_999_999) / 1_000_000_000
    }
}
