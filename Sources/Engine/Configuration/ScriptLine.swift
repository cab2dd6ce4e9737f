/// One configured script line: the command with its own arguments, and the user it runs as.
public struct ScriptLine: Hashable, Sendable {
    public var arguments: [String]
    /// The line's own `user [group]`; nil uses the daemon-wide default.
    public var user: ScriptUser?

    public init(arguments: [String], user: ScriptUser? = nil) {
        self.arguments = arguments
        self.user = user
    }
}
