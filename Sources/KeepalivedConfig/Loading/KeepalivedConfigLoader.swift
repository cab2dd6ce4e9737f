/// Loads a keepalived.conf: the text front end builds the block tree, then the model is read and
/// validated with keepalived's rules. Pure: the file system is a parameter.
public enum KeepalivedConfigLoader {
    /// Reads `path` (and its includes) through `fileSystem` and validates it; never throws.
    public static func load(path: String, options: ParseOptions, fileSystem: some ConfigFileSystem) -> ConfigLoadResult
    {
        let text = ConfigTextParser.parse(path: path, options: options, fileSystem: fileSystem)
        return load(text)
    }

    /// Validates an already parsed block tree (keeping the parse's diagnostics first).
    public static func load(_ text: ParsedConfigText) -> ConfigLoadResult {
        let (configuration, diagnostics) = ConfigurationReader.read(text.nodes)
        return ConfigLoadResult(
            configuration: configuration, diagnostics: text.diagnostics + diagnostics,
            sources: text.sources)
    }

    /// Validates block-tree nodes built in memory (tests, generated configurations).
    public static func load(nodes: [ConfigNode]) -> ConfigLoadResult {
        let (configuration, diagnostics) = ConfigurationReader.read(nodes)
        return ConfigLoadResult(configuration: configuration, diagnostics: diagnostics, sources: SourceFiles())
    }
}
