import CNetShim
import Glibc

extension System {
    /// glibc's `POSIX_SPAWN_SETSID` (spawn.h hides it without `_GNU_SOURCE`): the child leads a new session.
    private static let spawnNewSession: Int32 = 0x80

    /// Starts `path` with `arguments` and `environment` detached from us: a new session, standard
    /// streams on /dev/null, `keep` (if any) as descriptor 3 and every other descriptor closed.
    package static func spawnDetached(
        _ path: String, arguments: [String], environment: [String], keep: Int32?
    ) throws(SystemError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        for (number, mode) in [(STDIN_FILENO, O_RDONLY), (STDOUT_FILENO, O_WRONLY), (STDERR_FILENO, O_WRONLY)] {
            try checkingReturnedError("posix_spawn_file_actions_addopen") {
                posix_spawn_file_actions_addopen(&actions, number, "/dev/null", mode, 0)
            }
        }
        if let keep {
            try checkingReturnedError("posix_spawn_file_actions_adddup2") {
                posix_spawn_file_actions_adddup2(&actions, keep, 3)
            }
        }
        try checkingReturnedError("posix_spawnattr_setflags") {
            posix_spawnattr_setflags(&attributes, Int16(spawnNewSession))
        }
        return try spawn(path, arguments: arguments, environment: environment, actions: &actions, attributes: &attributes)
    }

    /// A blocking, close-on-exec pipe: (read end, write end).
    package static func blockingPipe() throws(SystemError) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        _ = try retrying("pipe2") { fds.withUnsafeMutableBufferPointer { vigil_pipe2($0.baseAddress, O_CLOEXEC) } }
        return (fds[0], fds[1])
    }

    /// Marks `fd` close-on-exec.
    package static func setCloseOnExec(_ fd: Int32) {
        _ = Glibc.fcntl(fd, F_SETFD, FD_CLOEXEC)
    }

    /// `unsetenv`; only before any thread starts.
    package static func unsetEnvironmentValue(_ name: String) {
        _ = Glibc.unsetenv(name)
    }

    /// `umask`; returns the previous mask.
    @discardableResult
    package static func setFileCreationMask(_ mask: mode_t) -> mode_t {
        Glibc.umask(mask)
    }

    /// Lifts the core-file size limit to the hard limit (keepalived's `-m`).
    package static func allowCoreDumps() throws(SystemError) {
        var limit = rlimit()
        _ = try retrying("getrlimit") { Glibc.getrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &limit) }
        limit.rlim_cur = limit.rlim_max
        _ = try retrying("setrlimit") { Glibc.setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &limit) }
    }
}
