import CNetShim
import Glibc

extension System {
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
