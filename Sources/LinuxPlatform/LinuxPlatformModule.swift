/// Namespace for the LinuxPlatform module's version marker; the module's theory of operation is in Docs/Architecture.md.
public enum LinuxPlatformModule {
    public static let name = "LinuxPlatform"
}
