/// Client affinity of a persistent service (`persistence_timeout`, `persistence_granularity`,
/// `persistence_engine`).
public struct Persistence: Hashable, Sendable {
    /// How long a client keeps its real server after its last connection.
    public var timeout: Duration
    /// Prefix length of the client address that identifies a client (/32 or /128 by default).
    public var granularity: Int?
    /// `persistence_engine`, e.g. `sip`.
    public var engine: String?

    public init(timeout: Duration = .seconds(360), granularity: Int? = nil, engine: String? = nil) {
        self.timeout = timeout
        self.granularity = granularity
        self.engine = engine
    }

    /// keepalived's value for a bare `persistence_timeout` and for a port-0 service.
    public static let keepalivedDefault = Persistence()
}
