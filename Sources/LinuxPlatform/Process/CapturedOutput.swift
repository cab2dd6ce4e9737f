/// What a child run by `ChildProcess.run` printed, and how it ended.
public struct CapturedOutput: Hashable, Sendable {
    public var status: ProcessExitStatus
    public var standardOutput: [UInt8]
    /// Empty when standard error was merged into standard output.
    public var standardError: [UInt8]

    public init(status: ProcessExitStatus, standardOutput: [UInt8], standardError: [UInt8]) {
        self.status = status
        self.standardOutput = standardOutput
        self.standardError = standardError
    }
}
