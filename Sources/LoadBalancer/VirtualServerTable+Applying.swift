extension VirtualServerTable {
    /// Applies one change the way the kernel does, treating an existing service on add and a missing one
    /// on remove as success (keepalived ignores EEXIST and ENOENT, Docs/Keepalived.md §4.4).
    public mutating func apply(_ change: DataPlaneChange) {
        switch change {
        case .addService(let key, let settings), .updateService(let key, let settings):
            var service = services[key] ?? VirtualService(key: key)
            service.settings = settings
            services[key] = service
        case .removeService(let key):
            services[key] = nil
        case .addDestination(let key, let destination), .updateDestination(let key, let destination):
            services[key]?.destinations[destination.key] = destination
        case .removeDestination(let key, let destination):
            services[key]?.destinations[destination] = nil
        }
    }

    /// The table after applying `changes` in order.
    public func applying(_ changes: [DataPlaneChange]) -> VirtualServerTable {
        var table = self
        for change in changes { table.apply(change) }
        return table
    }
}
