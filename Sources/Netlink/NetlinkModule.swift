/// Namespace for the Netlink module's version marker; the module's theory of operation is in Docs/Architecture.md.
public enum NetlinkModule {
    public static let name = "Netlink"
}
