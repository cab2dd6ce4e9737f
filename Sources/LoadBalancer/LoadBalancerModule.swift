/// Namespace for the LoadBalancer module's version marker; the module's theory of operation is in Docs/Architecture.md.
public enum LoadBalancerModule {
    public static let name = "LoadBalancer"
}
