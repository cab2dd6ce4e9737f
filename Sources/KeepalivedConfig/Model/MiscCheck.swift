/// The keywords of `MISC_CHECK`: a script whose exit code is the result (Docs/Keepalived.md §4.1).
public struct MiscCheck: Hashable, Sendable {
    /// `misc_path "command args"` (required).
    public var script: ScriptCommand
    /// `misc_timeout`: the virtual server's `delay_loop` when not written.
    public var timeout: Duration
    /// `misc_dynamic`: exit codes 2-255 set the weight to code - 2.
    public var dynamic: Bool
    /// `user NAME [GROUP]`.
    public var user: String?
    public var group: String?

    public init(script: ScriptCommand, timeout: Duration) {
        self.script = script
        self.timeout = timeout
        dynamic = false
    }
}
