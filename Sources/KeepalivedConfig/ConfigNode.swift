/// One word of configuration text after preprocessing, with where it was written.
public struct Token: Hashable, Sendable, CustomStringConvertible {
    /// The word with quotes removed.
    public var text: String
    public var location: SourceLocation
    /// True when the word was written in double quotes.
    public var wasQuoted: Bool

    public init(text: String, location: SourceLocation, wasQuoted: Bool = false) {
        self.text = text
        self.location = location
        self.wasQuoted = wasQuoted
    }

    public var description: String { text }
}

/// A statement of the block tree: a keyword, its arguments on the same line, and, when it opened a
/// `{ ... }` block, the statements inside. The tree keeps keepalived's line structure: list blocks such
/// as `virtual_ipaddress` hold one child per line, whose `keyword` is the line's first word.
public struct ConfigNode: Hashable, Sendable {
    public var keyword: Token
    public var arguments: [Token]
    /// `nil` when the statement had no block; empty when it had `{ }`.
    public var children: [ConfigNode]?
    /// The raw text of the statement's line after preprocessing, for script keywords that re-tokenise it.
    public var rawLine: String
    /// Where the block's closing brace was, when it had one.
    public var blockEnd: SourceLocation?

    public init(
        keyword: Token, arguments: [Token] = [], children: [ConfigNode]? = nil, rawLine: String = "",
        blockEnd: SourceLocation? = nil
    ) {
        self.keyword = keyword
        self.arguments = arguments
        self.children = children
        self.rawLine = rawLine
        self.blockEnd = blockEnd
    }

    /// All words of the line: the keyword followed by the arguments.
    public var words: [Token] { [keyword] + arguments }
    public var location: SourceLocation { keyword.location }
}
