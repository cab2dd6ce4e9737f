/// Namespace for the Probes module's marker; the module's theory of operation is in Docs/Modules/Probes.md.
public enum ProbesModule {
    public static let name = "Probes"
}
