/// A configuration file being read: its path as shown in diagnostics, the directory its relative includes
/// are resolved against, and the include chain that brought it in.
struct FileContext: Sendable {
    var path: String
    var directory: String
    var includedFrom: [IncludeSite]

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column, includedFrom: includedFrom)
    }

    /// True when `path` is this file or one of the files that include it.
    func chainContains(_ candidate: String) -> Bool {
        path == candidate || includedFrom.contains { $0.file == candidate }
    }
}
