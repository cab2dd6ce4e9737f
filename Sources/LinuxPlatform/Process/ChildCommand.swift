/// What a child process runs and where its standard streams go; `ChildProcess.spawn` starts it.
public struct ChildCommand: Hashable, Sendable {
    /// Where a standard stream of the child leads.
    public enum Stream: Hashable, Sendable {
        /// `/dev/null`.
        case null
        /// The daemon's own stream of the same number.
        case inherit
        /// A descriptor of the caller's, which stays the caller's to close.
        case descriptor(Int32)
    }

    /// The file passed to `posix_spawn` (not searched in `PATH`).
    public var executable: String
    /// argv, starting with argv[0].
    public var arguments: [String]
    /// envp as `NAME=value` strings; nil passes on this process's environment.
    public var environment: [String]?
    public var standardInput: Stream
    public var standardOutput: Stream
    public var standardError: Stream
    /// Whether the child leads a process group of its own, so a signal reaches all it started.
    public var newProcessGroup: Bool
    /// Whether the child leads a new session (`setsid`, no controlling terminal): a detached daemon.
    public var newSession = false
    /// A descriptor of the caller's that the child gets as descriptor 3 (every other one is closed).
    public var passedDescriptor: Int32?

    public init(
        executable: String, arguments: [String], environment: [String]? = nil, standardInput: Stream = .null,
        standardOutput: Stream = .null, standardError: Stream = .null, newProcessGroup: Bool = true
    ) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.standardInput = standardInput
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.newProcessGroup = newProcessGroup
    }
}
