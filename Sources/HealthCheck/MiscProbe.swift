/// A MISC_CHECK: run a command and judge its exit status (reference §4.1 "Scripts").
public struct MiscProbe: Hashable, Sendable {
    /// The whole `misc_path` command line.
    public var command: String
    /// `misc_dynamic`: exit statuses 2...255 also pass and set the weight to status − 2.
    public var dynamic: Bool
    /// `user USER [GROUP]`, when set.
    public var user: String?

    public init(command: String, dynamic: Bool = false, user: String? = nil) {
        self.command = command
        self.dynamic = dynamic
        self.user = user
    }

    /// keepalived's reading of an exit status: 0 passes; 1 fails; 2...255 pass with weight status − 2 when
    /// dynamic and fail otherwise. A dynamic exit 0 restores the configured weight.
    public func result(forExitStatus status: Int) -> ProbeResult {
        if status == 0 {
            return dynamic ? .successWithWeight(nil) : .success
        }
        if dynamic && (2...255).contains(status) {
            return .successWithWeight(status - 2)
        }
        return .failure(reason: "exited with status \(status)")
    }
}
