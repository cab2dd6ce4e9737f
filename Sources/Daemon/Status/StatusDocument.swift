/// Everything `vigil status`, `GET /status` and `GET /metrics` show: the VRRP instances and sync
/// groups, the virtual servers as the checker sees them, the data plane and the alert mailer.
/// Rendered as JSON (`jsonData()`) and as Prometheus text (`prometheusText()`).
public struct StatusDocument: Codable, Hashable, Sendable {
    /// Bumped when a field changes meaning or disappears; new fields do not bump it.
    public var formatVersion: Int
    /// `router_id`.
    public var routerID: String
    /// When the document was made, in seconds since the Unix epoch (wall clock).
    public var generatedAt: Double
    /// Seconds since the daemon started.
    public var uptimeSeconds: Double?
    /// `nftables`, `ipvs`, `none`, with the reason when it is not the first choice.
    public var dataPlane: String
    /// `in sync`, `applying`, `failing: …`, `idle` (nothing to program yet); nil without virtual servers.
    public var dataPlaneState: String? = nil
    public var instances: [Instance]
    public var syncGroups: [SyncGroup]
    public var virtualServers: [VirtualServer]
    /// The SMTP mailer's counters; nil without `smtp_server`.
    public var alerts: Alerts?
    /// The latest state changes of instances and sync groups, newest first, with their reasons.
    public var recentTransitions: [RecentTransition]? = nil
    /// The daemon process: start time, CPU, memory.
    public var process: ProcessFigures? = nil

    public init(
        routerID: String, generatedAt: Double, uptimeSeconds: Double? = nil, dataPlane: String = "none",
        instances: [Instance] = [], syncGroups: [SyncGroup] = [], virtualServers: [VirtualServer] = [],
        alerts: Alerts? = nil
    ) {
        formatVersion = 1
        self.routerID = routerID
        self.generatedAt = generatedAt
        self.uptimeSeconds = uptimeSeconds
        self.dataPlane = dataPlane
        self.instances = instances
        self.syncGroups = syncGroups
        self.virtualServers = virtualServers
        self.alerts = alerts
    }
}
