/// Turns a block tree into a validated `KeepalivedConfiguration` and its diagnostics, applying
/// keepalived's defaults, aliases and checks; it never stops at the first problem.
enum ConfigurationReader {
    static func read(_ nodes: [ConfigNode]) -> (configuration: KeepalivedConfiguration, diagnostics: [Diagnostic]) {
        var context = ReadContext()
        var draft = ConfigurationDraft()
        RootKeywords.table.read(nodes, into: &draft, context: &context)
        draft.configuration.globalDefinitions = context.globals
        VRRPCompletion.complete(&draft, context: &context)
        VirtualServerCompletion.complete(&draft, context: &context)
        return (draft.configuration, context.finishedDiagnostics())
    }
}
