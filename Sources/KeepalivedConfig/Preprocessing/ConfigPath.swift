/// Lexical path arithmetic for include resolution (no symlink resolution: the file system is not consulted).
enum ConfigPath {
    static func isAbsolute(_ path: String) -> Bool { path.utf8.first == .slash }

    /// `path` with empty and `.` components removed and `..` applied where possible; "." for an empty result.
    static func normalize(_ path: String) -> String {
        let absolute = isAbsolute(path)
        var parts: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".":
                continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !absolute {
                    parts.append(component)
                }
            default:
                parts.append(component)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The directory part of a normalized path: "/" for "/x", "." for "x".
    static func directory(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: .slash) else { return "." }
        if slash == path.utf8.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last component of a normalized path.
    static func lastComponent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: .slash) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// `relative` resolved against `directory`, normalized; absolute paths are returned normalized.
    static func resolve(_ relative: String, in directory: String) -> String {
        if isAbsolute(relative) || directory == "." || directory.isEmpty { return normalize(relative) }
        return normalize(directory + "/" + relative)
    }
}
