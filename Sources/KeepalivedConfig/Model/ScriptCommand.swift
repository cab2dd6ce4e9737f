/// A script keyword's command line (`script`, `notify_*`, `misc_path`, `quorum_up`, ...): only the first
/// word after the keyword is the command, the next two are the user and group it runs as
/// (Docs/Keepalived.md §2.1, "Script strings").
public struct ScriptCommand: Hashable, Sendable {
    /// The command as written, quotes removed: `"/usr/bin/killall -0 haproxy"` gives `/usr/bin/killall -0 haproxy`.
    public var commandLine: String
    /// The command line split shell-like (quotes group, backslash escapes); the first is the program.
    public var arguments: [String]
    /// The `username` word, when given.
    public var user: String?
    /// The `groupname` word (written `group` or `:group`), when given.
    public var group: String?
    public var location: SourceLocation

    public init(
        commandLine: String, arguments: [String], user: String? = nil, group: String? = nil,
        location: SourceLocation
    ) {
        self.commandLine = commandLine
        self.arguments = arguments
        self.user = user
        self.group = group
        self.location = location
    }

    /// The program to run: the first argument, or empty when the command line is blank.
    public var program: String { arguments.first ?? "" }
}
