import Engine
import LinuxPlatform
import NetworkPrimitives

/// What one keepalived configuration becomes on this host: the engine's configuration, the sockets
/// to open, the interfaces' states, and what to log.
public struct Assembly: Sendable {
    public var engine: EngineConfiguration
    public var sockets: [VRRPSocketSpecification]
    public var linkStates: [InterfaceName: Bool]
    /// Warnings and refusals found while assembling, to log once.
    public var log: [LogRecord]
    /// Problems that keep the configuration from running (an instance without an interface).
    public var errors: [String]
    /// The `track_file`s some instance or sync group tracks: name -> path (Docs/Keepalived.md §3.14).
    public var trackedFiles: [String: String] = [:]
    /// `static_ipaddress`: installed at start, removed at stop (keepalived's `vrrp_daemon.c`).
    public var staticAddresses: [VirtualAddress] = []
    /// `static_routes`: installed at start (after the addresses), removed at stop (before them).
    public var staticRoutes: [VirtualRouteEntry] = []
    /// `static_rules`: installed at start (after the routes), removed at stop (before them).
    public var staticRules: [VirtualRuleEntry] = []
    /// The interfaces of the instances with `promote_secondaries` (`SecondaryPromotion`).
    public var promotedInterfaces: [InterfaceName] = []
    /// `track_src_ip`: each configured source address an instance tracks, and whether the host has it.
    public var sourcePresence: [IPAddress: Bool] = [:]

    public init(
        engine: EngineConfiguration, sockets: [VRRPSocketSpecification] = [], linkStates: [InterfaceName: Bool] = [:],
        log: [LogRecord] = [], errors: [String] = []
    ) {
        self.engine = engine
        self.sockets = sockets
        self.linkStates = linkStates
        self.log = log
        self.errors = errors
    }
}
