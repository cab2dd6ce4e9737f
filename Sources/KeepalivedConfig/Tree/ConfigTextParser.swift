/// Reads keepalived.conf text (with its includes) into a block tree of `ConfigNode`s and diagnostics,
/// following keepalived's lexical rules (Docs/Keepalived.md §2.1). Knows no keywords beyond `include`,
/// `include_check` and the `$`, `@`, `~SEQ`, `~LST` forms.
public enum ConfigTextParser {
    /// Parses the configuration at `path`; never throws and never stops at the first error.
    public static func parse(path: String, options: ParseOptions, fileSystem: some ConfigFileSystem) -> ParsedConfigText
    {
        var log = DiagnosticLog(limit: options.limits.maxDiagnostics)
        var preprocessor = Preprocessor(path: path, options: options, fileSystem: fileSystem, log: &log)
        var builder = BlockTreeBuilder(maxDepth: options.limits.maxBlockDepth)
        let reader = StatementReader(options: options)
        while let line = preprocessor.nextLine(log: &log) {
            let context = preprocessor.files[line.fileIndex]
            switch line.bytes {
            case [.openBrace]:
                builder.openBlock(at: preprocessor.location(of: line, at: 0), log: &log)
            case [.closeBrace]:
                builder.closeBlock(at: preprocessor.location(of: line, at: 0), log: &log)
            default:
                let tokens = reader.tokens(of: line, in: context, log: &log)
                guard let keyword = tokens.first else { continue }
                builder.add(ConfigNode(keyword: keyword, arguments: Array(tokens.dropFirst()), rawLine: line.text))
            }
        }
        let nodes = builder.finish(log: &log)
        return ParsedConfigText(nodes: nodes, diagnostics: log.finished(), sources: preprocessor.sources)
    }
}
