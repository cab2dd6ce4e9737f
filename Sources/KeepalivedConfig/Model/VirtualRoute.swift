import NetworkPrimitives

/// One line of `virtual_routes` or `static_routes`, in `ip route` syntax (Docs/Keepalived.md §2.3).
/// The common options are typed; any other `ip route` option is kept, in order, in `otherOptions`.
public struct VirtualRoute: Hashable, Sendable {
    /// `unicast` unless the line starts with `blackhole`, `unreachable`, `prohibit`, `throw`, ...
    public var type: String
    public var destination: IPPrefix
    /// `src ADDR` (preferred source).
    public var source: IPAddress?
    /// `from PREFIX` (IPv6 source routing).
    public var from: IPPrefix?
    /// `via ADDR` (or the deprecated `gw`).
    public var gateway: IPAddress?
    /// `dev IF` (or `oif IF`).
    public var device: InterfaceName?
    /// `table ID|NAME`.
    public var table: String?
    /// `metric N` (also `priority`, `preference`).
    public var metric: UInt32?
    /// `scope NAME`.
    public var scope: String?
    /// `proto NAME`.
    public var routingProtocol: String?
    /// `nexthop ...` groups (and the deprecated `or ADDR`), each kept as its words.
    public var nextHops: [[String]]
    /// False when `no_track` was written.
    public var tracked: Bool
    /// `track_group NAME` (static routes only).
    public var trackGroup: String?
    /// Options Vigil keeps but does not interpret, as `name value` word lists in written order.
    public var otherOptions: [[String]]
    public var location: SourceLocation

    public init(destination: IPPrefix, location: SourceLocation) {
        type = "unicast"
        self.destination = destination
        nextHops = []
        tracked = true
        otherOptions = []
        self.location = location
    }
}
