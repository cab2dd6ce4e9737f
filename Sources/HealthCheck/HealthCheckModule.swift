/// Namespace for the HealthCheck module's version marker; the module's theory of operation is in Docs/Architecture.md.
public enum HealthCheckModule {
    public static let name = "HealthCheck"
}
