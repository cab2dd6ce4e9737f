/// The adapters the VRRP engine's runtime drives (`RuntimeLoop(ports:)`).
public struct RuntimePorts: Sendable {
    public var network: any VRRPNetwork
    public var addresses: any AddressTable
    public var announcer: any AddressAnnouncer
    public var links: any LinkMonitor
    public var scripts: any ScriptRunner
    public var clock: any MonotonicClock
    public var log: any LogSink
    /// The VRRP notify FIFOs; nil when none is configured.
    public var fifo: (any NotifyFIFOSink)?
    /// Where `virtual_routes` go; nil: routes are logged as not installed.
    public var routes: (any RouteTable)?
    /// The IPVS sync daemons `lvs_sync_daemon` drives; nil: the kernel has no IPVS (commands are
    /// logged as not carried out).
    public var syncDaemons: (any SyncDaemonControl)?
    /// Where `virtual_rules` and `static_rules` go; nil: rules are logged as not installed.
    public var rules: (any RuleTable)?

    public init(
        network: any VRRPNetwork, addresses: any AddressTable, announcer: any AddressAnnouncer,
        links: any LinkMonitor, scripts: any ScriptRunner, clock: any MonotonicClock, log: any LogSink,
        fifo: (any NotifyFIFOSink)? = nil, routes: (any RouteTable)? = nil,
        rules: (any RuleTable)? = nil
    ) {
        self.network = network
        self.addresses = addresses
        self.announcer = announcer
        self.links = links
        self.scripts = scripts
        self.clock = clock
        self.log = log
        self.fifo = fifo
        self.routes = routes
        self.rules = rules
    }
}
