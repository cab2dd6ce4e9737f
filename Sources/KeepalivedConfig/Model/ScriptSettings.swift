/// Who runs scripts and what runs at start and stop (Docs/Keepalived.md §6.3).
public struct ScriptSettings: Hashable, Sendable {
    /// `script_user USER [GROUP]`; `nil` means `keepalived_script` if that user exists, else root.
    public var user: String?
    public var group: String?
    /// `enable_script_security`: refuse root scripts in paths writable by others.
    public var enableScriptSecurity: Bool
    /// `startup_script`.
    public var startupScript: ScriptCommand?
    /// `startup_script_timeout` (1...1000 s): 10 s.
    public var startupScriptTimeout: Duration
    /// `shutdown_script`.
    public var shutdownScript: ScriptCommand?
    /// `shutdown_script_timeout` (1...1000 s): 10 s.
    public var shutdownScriptTimeout: Duration

    public init() {
        enableScriptSecurity = false
        startupScriptTimeout = .seconds(10)
        shutdownScriptTimeout = .seconds(10)
    }
}
