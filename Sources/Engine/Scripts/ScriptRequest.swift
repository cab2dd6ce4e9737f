/// A script the engine wants run (Docs/Keepalived.md §6.3).
public struct ScriptRequest: Hashable, Sendable {
    public var purpose: ScriptPurpose
    /// The command and its arguments, already split as keepalived splits a quoted script line.
    public var arguments: [String]
    /// The identity to run it as (`user` of the script line, else `script_user`); nil runs as the daemon's user.
    public var user: ScriptUser?
    /// After this long the script's process group gets SIGTERM, and SIGKILL 2 s later.
    public var timeout: Duration
    /// `enable_script_security`: a script that would run as root from a file or directory a
    /// non-root user can modify is refused (it never starts and `run` reports `failedToStart`).
    public var enforcesScriptSecurity: Bool

    public init(
        purpose: ScriptPurpose, arguments: [String], user: ScriptUser? = nil, timeout: Duration,
        enforcesScriptSecurity: Bool = false
    ) {
        self.purpose = purpose
        self.arguments = arguments
        self.user = user
        self.timeout = timeout
        self.enforcesScriptSecurity = enforcesScriptSecurity
    }

    /// The command line as an operator would type it, for logs.
    public var commandLine: String { arguments.joined(separator: " ") }
}

/// Why a script runs, so its outcome can be routed back.
public enum ScriptPurpose: Hashable, Sendable {
    /// A `vrrp_script` check whose result feeds the trackers.
    case check(name: String)
    /// A notify script (`notify`, `notify_master`, ...) of an instance or sync group.
    case notify(name: String)
    /// A checker script: `notify_up`/`notify_down` of a real server, `quorum_up`/`quorum_down` of a
    /// virtual server; its outcome goes back to the `CheckerEngine`.
    case checker(CheckerScriptPurpose)
}

/// The user (and optional group) a script runs as.
public struct ScriptUser: Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public var group: String?

    public init(name: String, group: String? = nil) {
        self.name = name
        self.group = group
    }

    public var description: String { group.map { "\(name):\($0)" } ?? name }
}
