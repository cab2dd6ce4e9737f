/// Namespace for the Engine module's version marker; the module's theory of operation is in Docs/Architecture.md.
public enum EngineModule {
    public static let name = "Engine"
}
