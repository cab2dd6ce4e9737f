/// `IP_VS_SVC_F_*`, the `flags` half of `IPVS_SVC_ATTR_FLAGS` (Docs/Keepalived.md §5).
public struct IPVSServiceFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Set with a persistence timeout.
    public static let persistent = IPVSServiceFlags(rawValue: 0x1)
    /// Set by the kernel on every service it holds; dumps report it.
    public static let hashed = IPVSServiceFlags(rawValue: 0x2)
    /// One-packet scheduling (`ops`).
    public static let onePacket = IPVSServiceFlags(rawValue: 0x4)
    /// `flag-1`: sh/mh fallback.
    public static let scheduler1 = IPVSServiceFlags(rawValue: 0x8)
    /// `flag-2`: sh/mh hash the source port too.
    public static let scheduler2 = IPVSServiceFlags(rawValue: 0x10)
    /// `flag-3`.
    public static let scheduler3 = IPVSServiceFlags(rawValue: 0x20)
}
