import Engine

/// Who scripts run as when their line names no user (keepalived-behaviour 2.3, `script_user`):
/// the configured `script_user`, else `keepalived_script` if that user exists, else root.
struct ScriptIdentityPolicy: Hashable, Sendable {
    /// The user scripts without a `user` of their own run as; nil means root.
    var defaultUser: ScriptUser?
    /// A warning to log once at start, when scripts will run as root by default.
    var warning: String?

    static let keepalivedScriptUser = "keepalived_script"

    init(configuredUser: ScriptUser?, userExists: (String) -> Bool) {
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
    func user(for scriptUser: ScriptUser?) -> ScriptUser? {
        scriptUser ?? defaultUser
    }
}
