import VRRP

/// Everything one node runs, already resolved against the host (interfaces, source addresses,
/// script users) by the daemon's assembly.
public struct EngineConfiguration: Hashable, Sendable {
    public var instances: [EngineInstance]
    public var syncGroups: [EngineSyncGroup]
    /// `vrrp_script` blocks; only those some instance or group tracks are run.
    public var checkScripts: [CheckScript]
    /// How long notify scripts may run (keepalived sets no limit; a stuck script must not pile up).
    public var notifyTimeout: Duration
    /// `notifyTimeout` unless configured otherwise; the checker's notify and quorum scripts get it too.
    public static let defaultNotifyTimeout: Duration = .seconds(120)
    /// STOP notifies are killed after 1 s (Docs/Keepalived.md §6.3).
    public var stopNotifyTimeout: Duration
    /// A notify FIFO is configured: every notify point also writes its FIFO line
    /// (`EngineEffect.writeNotifyFIFO`, Docs/Keepalived.md §6.3).
    public var writesNotifyFIFO = false
    /// `fifo_write_vrrp_states_on_reload`: after a reload, each sync group and instance whose state
    /// the reload left as it was writes its state line to the FIFO too.
    public var writesStatesOnReload = false
    /// `lvs_sync_daemon`: the IPVS connection-sync daemons follow an instance's state
    /// (`EngineEffect.syncDaemon`); nil when not configured.
    public var syncDaemon: EngineSyncDaemon?
    /// `vrrp_startup_delay`: at start (not at a reload) no instance leaves BACKUP on its own timer
    /// before this has passed.
    public var startupDelay: Duration = .zero
    /// `vrrp_garp_interval`: the least time between two gratuitous ARPs on one interface; zero: none.
    public var garpInterval: Duration = .zero
    /// `vrrp_gna_interval`: the same for unsolicited neighbour advertisements.
    public var gnaInterval: Duration = .zero

    public init(
        instances: [EngineInstance], syncGroups: [EngineSyncGroup] = [], checkScripts: [CheckScript] = [],
        notifyTimeout: Duration = Self.defaultNotifyTimeout, stopNotifyTimeout: Duration = .seconds(1)
    ) {
        self.instances = instances
        self.syncGroups = syncGroups
        self.checkScripts = checkScripts
        self.notifyTimeout = notifyTimeout
        self.stopNotifyTimeout = stopNotifyTimeout
    }

    /// The protocol side alone, for building the router.
    var router: VRRPRouter {
        VRRPRouter(instances: instances.map(\.vrrp), syncGroups: syncGroups.map(\.vrrp))
    }

    /// The scripts some instance or sync group tracks.
    var trackedCheckScripts: [CheckScript] {
        let bindings = instances.flatMap(\.vrrp.trackers) + syncGroups.flatMap(\.vrrp.trackers)
        let tracked = Set(bindings.map(\.tracker).filter { $0.kind == .script }.map(\.name))
        return checkScripts.filter { tracked.contains($0.name) }
    }
}
