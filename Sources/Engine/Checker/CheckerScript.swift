/// A script the checker side runs: `notify_up`, `notify_down`, `quorum_up`, `quorum_down`
/// (Docs/Keepalived.md §6.3: configured arguments only, nothing appended).
public struct CheckerScript: Hashable, Sendable, CustomStringConvertible {
    /// The command and its arguments, split as keepalived splits a quoted script line.
    public var arguments: [String]
    /// The `user` word of the script line; nil runs as the daemon's script user.
    public var user: String?
    public var group: String?

    public init(arguments: [String], user: String? = nil, group: String? = nil) {
        self.arguments = arguments
        self.user = user
        self.group = group
    }

    /// The command line as an operator would type it.
    public var description: String { arguments.joined(separator: " ") }
}
