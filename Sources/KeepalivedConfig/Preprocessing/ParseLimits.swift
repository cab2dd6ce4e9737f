/// Bounds that keep parsing of hostile or broken input finite in time and memory. Each limit, when hit,
/// produces an error diagnostic instead of a crash or a hang.
public struct ParseLimits: Hashable, Sendable {
    /// keepalived's line buffer (1024 bytes, Docs/Keepalived.md §2.1): a physical line may hold
    /// `maxLineBytes - 2` bytes of text (room for the newline and terminator); a line after substitution
    /// `maxLineBytes - 1`. Longer lines are reported and ignored.
    public var maxLineBytes: Int
    /// Largest single file read; larger files are refused without being read.
    public var maxFileBytes: Int
    /// Largest total of all files read for one parse.
    public var maxTotalBytes: Int
    /// Deepest chain of nested `include` directives.
    public var maxIncludeDepth: Int
    /// Most files opened for one parse, counting repeats.
    public var maxIncludedFiles: Int
    /// Most patterns one `include` may expand to through `{a,b}` braces.
    public var maxGlobPatterns: Int
    /// Deepest `{ }` nesting kept in the tree.
    public var maxBlockDepth: Int
    /// Deepest nesting of multi-line definition expansions and `~SEQ`/`~LST` generators.
    public var maxExpansionDepth: Int
    /// Most definition substitutions in one line (stops self-referencing definitions).
    public var maxSubstitutionsPerLine: Int
    /// Most lines (after preprocessing) read in total; parsing stops there.
    public var maxLines: Int
    /// Most diagnostics kept; later ones are counted in one final diagnostic.
    public var maxDiagnostics: Int

    public init(
        maxLineBytes: Int = 1024, maxFileBytes: Int = 64 << 20, maxTotalBytes: Int = 128 << 20,
        maxIncludeDepth: Int = 32, maxIncludedFiles: Int = 1024, maxGlobPatterns: Int = 1024,
        maxBlockDepth: Int = 128, maxExpansionDepth: Int = 64, maxSubstitutionsPerLine: Int = 1000,
        maxLines: Int = 2_000_000, maxDiagnostics: Int = 1000
    ) {
        self.maxLineBytes = maxLineBytes
        self.maxFileBytes = maxFileBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxIncludeDepth = maxIncludeDepth
        self.maxIncludedFiles = maxIncludedFiles
        self.maxGlobPatterns = maxGlobPatterns
        self.maxBlockDepth = maxBlockDepth
        self.maxExpansionDepth = maxExpansionDepth
        self.maxSubstitutionsPerLine = maxSubstitutionsPerLine
        self.maxLines = maxLines
        self.maxDiagnostics = maxDiagnostics
    }
}
