import Glibc

/// How a MISC_CHECK command is started: keepalived execs the program directly when the first word
/// names an executable file (searching `PATH` when it has no slash) and otherwise hands the whole
/// line to `/bin/sh -c`.
struct ScriptExecutable: Hashable, Sendable {
    var path: String
    var arguments: [String]

    static let defaultSearchPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

    init(_ command: ScriptCommand, searchPath: String? = nil) {
        let program = command.words[0]
        if let resolved = Self.resolve(program, searchPath: searchPath ?? Self.environmentPath) {
            path = resolved
            arguments = command.words
        } else {
            path = "/bin/sh"
            arguments = ["sh", "-c", command.text]
        }
    }

    /// Wraps the command in `setpriv` to run it as `user` (and `group`, else the user's primary group).
    func runningAs(user: String, group: String?) -> ScriptExecutable {
        var wrapped = self
        wrapped.path = "/usr/bin/setpriv"
        wrapped.arguments =
            [
                "setpriv", "--reuid=\(user)", "--regid=\(group ?? Self.primaryGroup(of: user) ?? user)",
                "--init-groups", "--",
            ]
            + [path] + arguments.dropFirst()
        return wrapped
    }

    static func resolve(_ program: String, searchPath: String) -> String? {
        if program.contains("/") { return isExecutableFile(program) ? program : nil }
        for directory in searchPath.split(separator: ":", omittingEmptySubsequences: false) {
            let candidate = (directory.isEmpty ? "." : String(directory)) + "/" + program
            if isExecutableFile(candidate) { return candidate }
        }
        return nil
    }

    static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        return access(path, X_OK) == 0
    }

    private static var environmentPath: String {
        guard let value = getenv("PATH") else { return defaultSearchPath }
        return String(cString: value)
    }

    private static func primaryGroup(of user: String) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwnam_r(user, &entry, &buffer, buffer.count, &result) == 0, result != nil else { return nil }
        return String(entry.pw_gid)
    }
}
