import NetworkPrimitives

/// A persistent virtual service (`persistence_timeout`, `persistence_granularity`, `persistence_engine`).
public struct PersistenceSettings: Hashable, Sendable {
    /// `persistence_timeout [N]`: 360 s when written bare (Docs/Keepalived.md §2.3).
    public var timeout: Duration
    /// `persistence_granularity`: an IPv4 netmask or an IPv6 prefix length; `nil` means /32 or /128.
    public var granularity: Granularity?
    /// `persistence_engine NAME` (e.g. `sip`).
    public var engine: String?

    public enum Granularity: Hashable, Sendable {
        case netmask(IPv4Address)
        case prefixLength(Int)
    }

    public init(timeout: Duration, granularity: Granularity? = nil, engine: String? = nil) {
        self.timeout = timeout
        self.granularity = granularity
        self.engine = engine
    }

    /// keepalived's timeout for a bare `persistence_timeout`.
    public static let defaultTimeout = Duration.seconds(360)
}
