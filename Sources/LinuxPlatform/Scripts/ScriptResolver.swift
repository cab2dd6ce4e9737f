/// Decides how a script line runs, as keepalived does: the command itself through execve when it
/// names an executable file (a file without `#!` then goes to `/bin/sh FILE`), otherwise
/// `/bin/sh -c` with the whole line, whose 126/127 exit reports the failure (Docs/Keepalived.md §6.3).
public struct ScriptResolver: Sendable {
    /// Where a bare command name is looked up.
    public var searchPath: [String]
    /// Whether a file exists and may be executed.
    public var isExecutable: @Sendable (String) -> Bool

    /// keepalived's search path when `PATH` is not set.
    public static let defaultSearchPath = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"]

    public init(searchPath: [String], isExecutable: @escaping @Sendable (String) -> Bool) {
        self.searchPath = searchPath
        self.isExecutable = isExecutable
    }

    /// The file to execve and argv for `arguments`.
    public func resolve(_ arguments: [String]) -> (executable: String, arguments: [String]) {
        guard let command = arguments.first, !command.isEmpty else { return shell(arguments) }
        guard let path = locate(command) else { return shell(arguments) }
        return (path, arguments)
    }

    /// The absolute file `command` names, if it is executable.
    public func locate(_ command: String) -> String? {
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
    public static var system: ScriptResolver { system(environment: System.environment()) }

    /// The PATH of `environment` (or keepalived's default) and access(2).
    public static func system(environment: [String]) -> ScriptResolver {
        let path = environment.first { $0.hasPrefix("PATH=") }.map { String($0.dropFirst(5)) }
        return ScriptResolver(
            searchPath: path.map { $0.split(separator: ":").map(String.init) } ?? defaultSearchPath,
            isExecutable: FileStatus.isExecutableFile)
    }
}
