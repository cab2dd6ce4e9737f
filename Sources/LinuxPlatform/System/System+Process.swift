import CNetShim
import Glibc

extension System {
    /// Runs a call that returns an error number (0 on success) instead of setting `errno`, as the
    /// `posix_spawn` family does; a non-zero result becomes `SystemError(call:errno:)`.
    static func checkingReturnedError(_ call: @autoclosure () -> String, _ body: () -> Int32) throws(SystemError) {
        let result = body()
        if result != 0 { throw SystemError(call: call(), errno: result) }
    }

    /// `posix_spawn` of `path` with `arguments` (argv, from argv[0]) and `environment` (nil: this
    /// process's own), after `actions` and `attributes`.
    package static func spawn(
        _ path: String, arguments: [String], environment: [String]?,
        actions: inout posix_spawn_file_actions_t, attributes: inout posix_spawnattr_t
    ) throws(SystemError) -> pid_t {
        var pid: pid_t = 0
        let argv = CStrings(arguments)
        defer { argv.free() }
        let envp = environment.map(CStrings.init)
        defer { envp?.free() }
        try checkingReturnedError("posix_spawn") {
            posix_spawn(&pid, path, &actions, &attributes, argv.pointers, envp?.pointers ?? environ)
        }
        return pid
    }

    /// `waitpid`, retrying `EINTR`: the pid reaped (0 with `WNOHANG` while the child runs) and its
    /// wait status.
    package static func waitForChild(_ pid: pid_t, options: Int32) throws(SystemError) -> (pid: pid_t, status: Int32) {
        var status: Int32 = 0
        let reaped = try retrying("waitpid") { Glibc.waitpid(pid, &status, options) }
        return (reaped, status)
    }

    /// True once child `pid` has exited, leaving it unreaped (`waitid` with `WNOWAIT`), so its pid and
    /// process group cannot be reused yet.
    package static func childHasExited(_ pid: pid_t) throws(SystemError) -> Bool {
        var info = siginfo_t()
        _ = try retrying("waitid") { Glibc.waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) }
        return info._sifields._sigchld.si_pid == pid
    }

    /// `kill`; a process (group) that is already gone is not an error worth reporting.
    package static func signal(_ pid: pid_t, _ signal: Int32) {
        _ = Glibc.kill(pid, signal)
    }

    /// A close-on-exec `AF_UNIX` stream socket pair.
    package static func socketPair() throws(SystemError) -> (Int32, Int32) {
        var fds: [Int32] = [-1, -1]
        _ = try retrying("socketpair") {
            fds.withUnsafeMutableBufferPointer {
                Glibc.socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, $0.baseAddress)
            }
        }
        return (fds[0], fds[1])
    }

    /// `send` with `MSG_NOSIGNAL`: a peer that went away is `EPIPE`, never `SIGPIPE`; nil when a
    /// non-blocking socket is full.
    package static func sendWithoutSignal(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemError) -> Int? {
        try retryingUnlessWouldBlock("send") { Glibc.send(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Sleeps the calling thread for `duration`; a signal may end it early.
    package static func sleep(for duration: Duration) {
        let (seconds, attoseconds) = duration.components
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        _ = nanosleep(&request, nil)
    }
}

/// A NULL-terminated array of C strings (argv, envp) that lives until `free()`.
private struct CStrings {
    let pointers: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    private let count: Int

    init(_ strings: [String]) {
        count = strings.count
        pointers = .allocate(capacity: count + 1)
        for (index, string) in strings.enumerated() { pointers[index] = strdup(string) }
        pointers[count] = nil
    }

    func free() {
        for index in 0..<count { Glibc.free(pointers[index]) }
        pointers.deallocate()
    }
}
