/// Where the preprocessor's next line comes from. Sources form a stack: the top one is read until it is
/// exhausted, which gives keepalived's order (brace residue first, then the innermost `~SEQ` or multi-line
/// definition, then the innermost file).
enum LineSource: Sendable {
    /// An open file; `restoreChecks` is the include-check setting to go back to when it ends.
    case file(FileCursor, restoreChecks: IncludeChecks)
    /// Files an include matched and that are still to be opened, in order.
    case pendingFiles(IncludeBatch)
    /// The rest of a line after a brace.
    case residue(LogicalLine)
    /// Remaining lines of a multi-line definition, all placed at the `$` that referenced it.
    case definitionLines([[UInt8]], next: Int, site: LineSite)
    case generator(LineGenerator)

    /// True for the sources that count towards `ParseLimits.maxExpansionDepth`.
    var isExpansion: Bool {
        switch self {
        case .definitionLines, .generator: return true
        case .file, .pendingFiles, .residue: return false
        }
    }
}

/// A position that generated lines are attributed to.
struct LineSite: Sendable {
    var fileIndex: Int
    var lineNumber: Int
    var column: Int
}

/// The files matched by one include directive (or the main configuration path).
struct IncludeBatch: Sendable {
    var paths: [String]
    /// The include line, nil for the main file.
    var site: IncludeSite?
    var parentFileIndex: Int?
    var checks: IncludeChecks
    var restoreChecks: IncludeChecks
}
