/// Everything the checker engine runs: the virtual servers, in configuration order, and (BGP mode)
/// the routes announced while they are healthy with the `vrrp_script`s those routes track.
public struct CheckerConfiguration: Hashable, Sendable {
    public var virtualServers: [CheckedVirtualServer]
    public var routes: [AnnouncedRoute]
    public var routeScripts: [CheckScript]
    /// `rs_init_notifies`: a real server that starts up runs its `notify_up` (and writes its FIFO line) as
    /// if it had just come up, at start and when a reload adds it.
    public var notifiesInitialState: Bool

    public init(
        virtualServers: [CheckedVirtualServer] = [], routes: [AnnouncedRoute] = [], routeScripts: [CheckScript] = [],
        notifiesInitialState: Bool = false
    ) {
        self.virtualServers = virtualServers
        self.routes = routes
        self.routeScripts = routeScripts
        self.notifiesInitialState = notifiesInitialState
    }
}
