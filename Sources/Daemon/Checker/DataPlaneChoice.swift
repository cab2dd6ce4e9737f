/// The data planes an operator can ask for (`VIGIL_DATAPLANE`, or the command line's option); a
/// Vigil setting, since keepalived.conf has no such keyword and must not change.
public enum DataPlaneChoice: String, Hashable, Sendable, CaseIterable {
    case ipvs
    case nftables
    /// `none`: health checks run, the kernel is left alone.
    case disabled = "none"

    /// The environment variable that overrides the automatic choice.
    public static let environmentVariable = "VIGIL_DATAPLANE"

    /// Reads `ipvs`, `nftables` or `none`, in any letter case.
    public init?(parsing text: String) {
        self.init(rawValue: text.lowercased())
    }
}
