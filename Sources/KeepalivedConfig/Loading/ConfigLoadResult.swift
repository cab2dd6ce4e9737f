/// What loading a configuration gives: the validated model, every diagnostic (text front end and
/// validation, in that order), and the source text for rendering them.
public struct ConfigLoadResult: Sendable {
    public var configuration: KeepalivedConfiguration
    public var diagnostics: [Diagnostic]
    public var sources: SourceFiles

    public init(configuration: KeepalivedConfiguration, diagnostics: [Diagnostic], sources: SourceFiles) {
        self.configuration = configuration
        self.diagnostics = diagnostics
        self.sources = sources
    }

    /// keepalived's `-t` exit status (Docs/Keepalived.md §2.1): 0 when nothing was reported, otherwise the
    /// highest class seen (4 the configuration cannot run, 5 configuration errors, 6 script security).
    public var exitStatus: Int32 {
        Int32(diagnostics.map(\.exitClass).max()?.rawValue ?? 0)
    }

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The diagnostics rendered GCC-style with their source lines, one after the other.
    public var renderedDiagnostics: String {
        DiagnosticRenderer.render(diagnostics, sources: sources)
    }
}
