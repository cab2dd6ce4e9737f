/// Everything the checker engine runs: the virtual servers, in configuration order, and (BGP mode)
/// the routes announced while they are healthy with the `vrrp_script`s those routes track.
public struct CheckerConfiguration: Hashable, Sendable {
    public var virtualServers: [CheckedVirtualServer]
    public var routes: [AnnouncedRoute]
    public var routeScripts: [CheckScript]

    public init(
        virtualServers: [CheckedVirtualServer] = [], routes: [AnnouncedRoute] = [], routeScripts: [CheckScript] = []
    ) {
        self.virtualServers = virtualServers
        self.routes = routes
        self.routeScripts = routeScripts
    }
}
