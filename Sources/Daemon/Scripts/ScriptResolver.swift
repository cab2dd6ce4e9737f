import Glibc

/// Decides how a script line runs, as keepalived does: the command itself through execve when it
/// names an executable file (a file without `#!` then goes to `/bin/sh FILE`), otherwise
/// `/bin/sh -c` with the whole line, whose 126/127 exit reports the failure (keepalived-behaviour 6.3).
struct ScriptResolver: Sendable {
    /// Where a bare command name is looked up.
    var searchPath: [String]
    /// Whether a file exists and may be executed.
    var isExecutable: @Sendable (String) -> Bool

    static let defaultSearchPath = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"]

    /// The file to execve and argv for `arguments`.
    func resolve(_ arguments: [String]) -> (executable: String, arguments: [String]) {
        guard let command = arguments.first, !command.isEmpty else { return shell(arguments) }
        guard let path = locate(command) else { return shell(arguments) }
        return (path, arguments)
    }

    /// The absolute file `command` names, if it is executable.
    func locate(_ command: String) -> String? {
        if command.contains("/") { return isExecutable(command) ? command : nil }
        for directory in searchPath where !directory.isEmpty {
            let candidate = directory.hasSuffix("/") ? directory + command : directory + "/" + command
            if isExecutable(candidate) { return candidate }
        }
        return nil
    }

    private func shell(_ arguments: [String]) -> (executable: String, arguments: [String]) {
        ("/bin/sh", ["sh", "-c", arguments.joined(separator: " ")])
    }
}

extension ScriptResolver {
    /// This process's PATH (or keepalived's default) and access(2).
    static var system: ScriptResolver {
        let path = getenv("PATH").map { String(cString: $0) }
        return ScriptResolver(
            searchPath: path.map { $0.split(separator: ":").map(String.init) } ?? defaultSearchPath,
            isExecutable: { access($0, X_OK) == 0 && FileStatus.isRegularFile($0) })
    }
}
