/// Why `ProcessScriptRunner` did not start a script.
enum ScriptRefusal: Error, Hashable, CustomStringConvertible {
    /// Its user or group is not in the passwd or group database.
    case unknownIdentity(UserDatabase.LookupError)
    /// `enable_script_security` forbids it; the reason names the file or directory at fault.
    case insecure(String)

    var description: String {
        switch self {
        case .unknownIdentity(let error): error.description
        case .insecure(let reason): reason
        }
    }
}
