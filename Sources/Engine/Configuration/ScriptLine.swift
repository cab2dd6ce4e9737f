/// One configured script line: the command with its own arguments, and the user it runs as.
public struct ScriptLine: Hashable, Sendable {
    public var arguments: [String]
    /// The line's own `user [group]`; nil uses the daemon-wide default.
    public var user: ScriptUser?
    /// `enable_script_security` was on when the line was vetted: the runner judges it again at
    /// every start and refuses it if it has become insecure.
    public var enforcesScriptSecurity: Bool

    public init(arguments: [String], user: ScriptUser? = nil, enforcesScriptSecurity: Bool = false) {
        self.arguments = arguments
        self.user = user
        self.enforcesScriptSecurity = enforcesScriptSecurity
    }
}
