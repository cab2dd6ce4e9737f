/// keepalived's script security rule (Docs/Keepalived.md §6.3): a script run as root whose file,
/// or any directory above it, a non-root user can modify is insecure. With `enable_script_security`
/// it is refused; without, it runs and the daemon warns.
public struct ScriptSecurity: Sendable {
    /// The verdict on one script.
    public enum Verdict: Hashable, Sendable {
        case allowed
        /// Runs, with this warning logged once.
        case allowedWithWarning(String)
        /// Does not run; this error is logged once.
        case refused(String)
    }

    /// `enable_script_security` in `global_defs`.
    public var isEnforced: Bool
    /// stat(2) of a path; nil when it does not exist.
    public var status: @Sendable (String) -> FileStatus?

    public init(isEnforced: Bool, status: @escaping @Sendable (String) -> FileStatus? = { FileStatus(path: $0) }) {
        self.isEnforced = isEnforced
        self.status = status
    }

    /// Judges the script file `path`, which will run as root when `runsAsRoot`.
    public func verdict(forScript name: String, path: String, runsAsRoot: Bool) -> Verdict {
        guard runsAsRoot, let unsafe = firstWritableByNonRoot(path) else { return .allowed }
        let reason = "\(unsafe) is writable by a non-root user"
        if isEnforced {
            return .refused("Unsafe permissions found for script '\(name)' (\(path)): \(reason) - disabling")
        }
        return .allowedWithWarning(
            "SECURITY VIOLATION - script '\(name)' (\(path)) runs as root but \(reason) and script security is not enabled")
    }

    /// The file itself, or the nearest directory above it, that a non-root user could modify.
    public func firstWritableByNonRoot(_ path: String) -> String? {
        guard path.hasPrefix("/") else { return nil }
        for candidate in Self.ancestry(of: path).reversed() {
            if let info = status(candidate), info.isWritableByNonRoot { return candidate }
        }
        return nil
    }

    /// `/a/b/c` -> `["/", "/a", "/a/b", "/a/b/c"]`.
    public static func ancestry(of path: String) -> [String] {
        var result = ["/"]
        var current = ""
        for component in path.split(separator: "/") {
            current += "/" + component
            result.append(current)
        }
        return result
    }
}
