/// The result of reading a configuration's text: the block tree, every diagnostic found on the way, and
/// the source text for rendering those diagnostics.
public struct ParsedConfigText: Sendable {
    public var nodes: [ConfigNode]
    public var diagnostics: [Diagnostic]
    public var sources: SourceFiles

    public init(nodes: [ConfigNode], diagnostics: [Diagnostic], sources: SourceFiles) {
        self.nodes = nodes
        self.diagnostics = diagnostics
        self.sources = sources
    }

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
