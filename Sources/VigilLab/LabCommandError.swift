/// A lab command that could not be started, failed, or exited with a non-zero status.
public struct LabCommandError: Error, CustomStringConvertible, Sendable {
    /// The command line, program first.
    public var command: [String]
    /// Its exit status as a shell reports it (128 + signal when killed), -1 when it did not run.
    public var status: Int32
    /// What it printed (standard output and error together), or why it did not run.
    public var output: String

    public init(command: [String], status: Int32, output: String) {
        self.command = command
        self.status = status
        self.output = output
    }

    public var description: String { "`\(command.joined(separator: " "))` exited \(status): \(output)" }
}
