/// IPVS service flags set from the configuration; the values are the kernel's (Docs/Keepalived.md §5). The
/// persistent flag is not here: it follows from `VirtualService.Settings.persistence`.
public struct ServiceFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `hashed`.
    public static let hashed = ServiceFlags(rawValue: 0x2)
    /// `ops`: one-packet scheduling (UDP).
    public static let onePacket = ServiceFlags(rawValue: 0x4)
    /// `flag-1`, which sh and mh read as fallback.
    public static let scheduler1 = ServiceFlags(rawValue: 0x8)
    /// `flag-2`, which sh and mh read as "hash the source port too".
    public static let scheduler2 = ServiceFlags(rawValue: 0x10)
    /// `flag-3`.
    public static let scheduler3 = ServiceFlags(rawValue: 0x20)

    /// `sh-fallback` / `mh-fallback`.
    public static let hashFallback = scheduler1
    /// `sh-port` / `mh-port`.
    public static let hashPort = scheduler2

    /// IPVS's persistent bit, for the codec.
    public static let persistentBit: UInt32 = 0x1
}
