/// Namespace for the Runtime module's version marker; the module's theory of operation is in Docs/Architecture.md.
public enum RuntimeModule {
    public static let name = "Runtime"
}
