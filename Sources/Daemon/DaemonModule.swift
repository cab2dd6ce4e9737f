/// Namespace for the Daemon module's version marker; the module's theory of operation is in Docs/Architecture.md.
public enum DaemonModule {
    public static let name = "Daemon"
}
