/// An IPVS service flag keyword of a `virtual_server` (Docs/Keepalived.md §5, service nest FLAGS).
public enum LVSServiceFlag: String, Hashable, Sendable, CaseIterable, Comparable {
    case hashed
    /// One-packet scheduling (UDP only).
    case onePacket = "ops"
    case scheduler1 = "flag-1"
    case scheduler2 = "flag-2"
    case scheduler3 = "flag-3"
    /// `sh` scheduler: hash the port too (= flag-2).
    case sourceHashPort = "sh-port"
    /// `sh` scheduler: fall back to another server when the chosen one is unavailable (= flag-1).
    case sourceHashFallback = "sh-fallback"
    /// `mh` scheduler: hash the port too (= flag-2).
    case maglevHashPort = "mh-port"
    /// `mh` scheduler: fall back (= flag-1).
    case maglevHashFallback = "mh-fallback"

    public static func < (lhs: LVSServiceFlag, rhs: LVSServiceFlag) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
