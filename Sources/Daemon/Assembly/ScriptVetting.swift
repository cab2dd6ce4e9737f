import Engine
import KeepalivedConfig
import LinuxPlatform

/// Turns configured script lines into runnable ones: the default user applied, and keepalived's
/// script security judged (Docs/Keepalived.md §6.3). A refused script is dropped with an error.
struct ScriptVetting: Sendable {
    var security: ScriptSecurity
    var identity: ScriptIdentityPolicy
    /// The executable file a command names, if any.
    var locate: @Sendable (String) -> String?

    /// The runnable line for `command`, or nil when script security refuses it; plus what to log.
    func vet(_ command: ScriptCommand, name: String) -> (ScriptLine?, [LogRecord]) {
        let own = command.user.map { ScriptUser(name: $0, group: command.group) }
        let user = identity.user(for: own)
        let line = ScriptLine(
            arguments: command.arguments, user: user, enforcesScriptSecurity: security.isEnforced)
        guard let program = command.arguments.first, let path = locate(program) else { return (line, []) }
        let runsAsRoot = user == nil || user?.name == "root"
        switch security.verdict(forScript: name, path: path, runsAsRoot: runsAsRoot) {
        case .allowed: return (line, [])
        case .allowedWithWarning(let warning): return (line, [.warning(warning)])
        case .refused(let error): return (nil, [.error(error)])
        }
    }
}

extension ScriptVetting {
    /// The vetting `configuration` asks for on this host: its `script_user` (else `keepalived_script`
    /// when that user exists, else root), its `enable_script_security`, this process's PATH and the
    /// real file system; `userExists` asks the passwd database unless a test answers.
    static func system(
        for configuration: KeepalivedConfiguration, userExists: (String) -> Bool = UserDatabase.userExists
    ) -> ScriptVetting {
        let scripts = configuration.globalDefinitions.scripts
        let configured = scripts.user.map { ScriptUser(name: $0, group: scripts.group) }
        let resolver = ScriptResolver.system
        return ScriptVetting(
            security: ScriptSecurity(isEnforced: scripts.enableScriptSecurity),
            identity: ScriptIdentityPolicy(configuredUser: configured, userExists: userExists),
            locate: { resolver.locate($0) })
    }
}
