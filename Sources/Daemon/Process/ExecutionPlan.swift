/// Exactly what a child process will exec: decided before fork so the child only makes system calls.
struct ExecutionPlan: Hashable, Sendable {
    /// The file passed to execve.
    var executable: String
    /// argv, starting with argv[0].
    var arguments: [String]
    /// envp, as `NAME=value` strings.
    var environment: [String]
    /// The user and group to switch to; nil keeps the daemon's.
    var identity: ProcessIdentity?
}
