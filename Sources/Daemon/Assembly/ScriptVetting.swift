import Engine
import KeepalivedConfig

/// Turns configured script lines into runnable ones: the default user applied, and keepalived's
/// script security judged (keepalived-behaviour 6.3). A refused script is dropped with an error.
struct ScriptVetting: Sendable {
    var security: ScriptSecurity
    var identity: ScriptIdentityPolicy
    /// The executable file a command names, if any.
    var locate: @Sendable (String) -> String?

    /// The runnable line for `command`, or nil when script security refuses it; plus what to log.
    func vet(_ command: KeepalivedConfig.ScriptCommand, name: String) -> (ScriptLine?, [LogRecord]) {
        let own = command.user.map { ScriptUser(name: $0, group: command.group) }
        let user = identity.user(for: own)
        let line = ScriptLine(arguments: command.arguments, user: user)
        guard let program = command.arguments.first, let path = locate(program) else { return (line, []) }
        let runsAsRoot = user == nil || user?.name == "root"
        switch security.verdict(forScript: name, path: path, runsAsRoot: runsAsRoot) {
        case .allowed: return (line, [])
        case .allowedWithWarning(let warning): return (line, [.warning(warning)])
        case .refused(let error): return (nil, [.error(error)])
        }
    }
}
