/// The host name up to its first `.`, keepalived's default config id (`-i`, Docs/Keepalived.md §2.1).
public enum ShortHostname {
    /// `gethostname(2)` cut at the first dot; empty when the name cannot be read.
    public static func current() -> String {
        short(System.hostName() ?? "")
    }

    /// `name` up to its first `.`.
    public static func short(_ name: String) -> String {
        String(name.prefix { $0 != "." })
    }
}
