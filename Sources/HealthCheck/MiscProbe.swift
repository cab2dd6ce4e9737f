/// A MISC_CHECK: run a command and judge its exit status (Docs/Keepalived.md §4.1 "Scripts").
public struct MiscProbe: Hashable, Sendable {
    /// The whole `misc_path` command line.
    public var command: String
    /// `misc_dynamic`: exit statuses 2...255 also pass and set the weight to status − 2.
    public var dynamic: Bool
    /// The user it runs as: `user USER [GROUP]` of the checker, else `script_user`; nil runs it as
    /// the daemon's user. A group may follow the name after a blank.
    public var user: String?
    /// The group to run it as (else the user's primary group).
    public var group: String?
    /// `enable_script_security`: a script that would run as root from a path a non-root user can
    /// modify is refused (the check fails without running it).
    public var enforcesScriptSecurity: Bool

    public init(
        command: String, dynamic: Bool = false, user: String? = nil, group: String? = nil,
        enforcesScriptSecurity: Bool = false
    ) {
        self.command = command
        self.dynamic = dynamic
        self.user = user
        self.group = group
        self.enforcesScriptSecurity = enforcesScriptSecurity
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
