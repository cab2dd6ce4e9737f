import Engine

/// Who scripts run as when their line names no user (Docs/Keepalived.md §2.3, `script_user`):
/// the configured `script_user`, else `keepalived_script` if that user exists, else root.
public struct ScriptIdentityPolicy: Hashable, Sendable {
    /// The user scripts without a `user` of their own run as; nil means root.
    public var defaultUser: ScriptUser?
    /// A warning to log once at start, when scripts will run as root by default.
    public var warning: String?

    /// keepalived's default script user.
    public static let keepalivedScriptUser = "keepalived_script"

    /// The policy for `script_user` (nil when not written); `userExists` asks the passwd database.
    public init(configuredUser: ScriptUser?, userExists: (String) -> Bool = UserDatabase.userExists) {
        if let configuredUser {
            defaultUser = configuredUser
            warning = nil
        } else if userExists(Self.keepalivedScriptUser) {
            defaultUser = ScriptUser(name: Self.keepalivedScriptUser)
            warning = nil
        } else {
            defaultUser = nil
            warning = "WARNING - default user '\(Self.keepalivedScriptUser)' for script execution does not exist - "
                + "please create."
        }
    }

    /// The user a script runs as: its own, else the default; nil means root.
    public func user(for scriptUser: ScriptUser?) -> ScriptUser? {
        scriptUser ?? defaultUser
    }
}
