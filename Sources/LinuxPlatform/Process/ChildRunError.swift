/// Why `ChildProcess.run` has no output to return.
public enum ChildRunError: Error, Hashable, Sendable {
    /// The child could not be started (`posix_spawn` and its setup).
    case spawnFailed(SystemError)
    /// A socket, poll or wait call failed.
    case io(SystemError)
    /// The child did not finish in time; it was killed with SIGKILL and reaped.
    case timedOut
}
