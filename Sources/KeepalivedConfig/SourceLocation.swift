/// Where a token came from: file, 1-based line and column (in bytes), and the chain of
/// `include` lines that led to that file (outermost first).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The `include` directives that brought this file in, outermost first.
    public var includedFrom: [IncludeSite]

    public init(file: String, line: Int, column: Int, includedFrom: [IncludeSite] = []) {
        self.file = file
        self.line = line
        self.column = column
        self.includedFrom = includedFrom
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One `include` directive in an include chain.
public struct IncludeSite: Hashable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}
