import Glibc
import KeepalivedConfig

/// keepalived's script-security check, which needs the file system: a script that exists while
/// `enable_script_security` is off is a "SECURITY VIOLATION" (`-t` exits 6); a script run as root from a
/// path that non-root users can change is insecure (Docs/Keepalived.md §6.3). Every script kind is
/// judged (`KeepalivedConfiguration.scriptUses`: vrrp_script, notify*, startup/shutdown and FIFO
/// scripts, MISC_CHECK, notify_up/notify_down, quorum_up/quorum_down), each reported at its line and
/// column; the daemon refuses the same scripts (its script vetting at load, the script runner at
/// every start).
enum ScriptSecurityAudit {
    static func audit(_ configuration: KeepalivedConfiguration) -> [Diagnostic] {
        let security = configuration.globalDefinitions.scripts
        var diagnostics: [Diagnostic] = []
        var found: [ScriptUse] = []
        var insecure: [(ScriptUse, String)] = []
        for use in configuration.scriptUses {
            guard let program = executable(use.command) else { continue }
            guard let path = resolve(program) else {
                diagnostics.append(notFound(use, program: program))
                continue
            }
            found.append(use)
            if runsAsRoot(use, defaultUser: security.user), let problem = writableByOthers(path) {
                insecure.append((use, problem))
            }
        }
        if !security.enableScriptSecurity, let first = found.first {
            diagnostics.append(violation(first, insecure: insecure))
        } else if security.enableScriptSecurity {
            diagnostics += insecure.map { use, problem in
                .warning(
                    "script '\(use.command.program)' runs as root but \(problem); enable_script_security refuses it, "
                        + "so it never runs (keepalived disables it too)",
                    at: use.command.location)
            }
        }
        return diagnostics
    }

    /// The program to check; nil for `</dev/tcp/...`-style scripts, which keepalived does not execute.
    private static func executable(_ command: ScriptCommand) -> String? {
        let program = command.program
        if program.hasPrefix("<"), program.dropFirst().drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("/") {
            return nil
        }
        return program.isEmpty ? nil : program
    }

    /// The path of the program: as written when it has a '/', else searched in PATH.
    private static func resolve(_ program: String) -> String? {
        if program.contains("/") { return access(program, F_OK) == 0 ? program : nil }
        let path =
            getenv("PATH").map { String(cString: $0) } ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(program)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    private static func runsAsRoot(_ use: ScriptUse, defaultUser: String?) -> Bool {
        let user = use.user ?? defaultUser ?? (getpwnam("keepalived_script") != nil ? "keepalived_script" : "root")
        return user == "root" || getpwnam(user)?.pointee.pw_uid == 0
    }

    /// Why the path (any component) can be changed by a non-root user, or nil when it cannot.
    private static func writableByOthers(_ path: String) -> String? {
        var prefix = ""
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += "/" + component
            var info = stat()
            guard lstat(prefix, &info) == 0 else { return nil }
            let isDirectory = info.st_mode & S_IFMT == S_IFDIR
            // Like keepalived, only directories and regular files are judged; symbolic links are followed
            // through the path components that realpath resolves.
            guard isDirectory || info.st_mode & S_IFMT == S_IFREG else { continue }
            let sticky = info.st_mode & S_ISVTX != 0
            let groupWritable = info.st_gid != 0 && info.st_mode & S_IWGRP != 0
            let worldWritable = info.st_mode & S_IWOTH != 0
            if info.st_uid != 0 { return "'\(prefix)' is not owned by root" }
            if (!isDirectory || !sticky), groupWritable || worldWritable {
                return "'\(prefix)' is writable by non-root users"
            }
        }
        return nil
    }

    private static func notFound(_ use: ScriptUse, program: String) -> Diagnostic {
        Diagnostic(
            severity: .warning, exitClass: use.role == .trackScript ? .error : Diagnostic.Class.none,
            location: use.command.location,
            message: "script program '\(program)' was not found on this host; keepalived disables the script",
            length: program.utf8.count)
    }

    private static func violation(_ first: ScriptUse, insecure: [(ScriptUse, String)]) -> Diagnostic {
        var notes = [
            Diagnostic.Note(
                message: "keepalived reports a SECURITY VIOLATION and 'keepalived -t' exits 6; "
                    + "add 'enable_script_security' to global_defs")
        ]
        notes += insecure.map { use, problem in
            Diagnostic.Note(
                location: use.command.location,
                message: "'\(use.command.program)' runs as root but \(problem)")
        }
        // keepalived still runs the scripts (as root, with a logged warning); only `-t` exits 6.
        return Diagnostic(
            severity: .warning, exitClass: .security, location: first.command.location,
            message: "scripts are configured but 'enable_script_security' is not set", notes: notes,
            length: max(first.command.program.utf8.count, 1))
    }
}
