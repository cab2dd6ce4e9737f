import Engine

/// The kernel's routes, as far as `virtual_routes` are concerned.
public protocol RouteTable: Sendable {
    /// Installs (or replaces) a route.
    func add(_ route: VirtualRouteEntry) async throws
    /// Removes a route; a route that is not there is not an error.
    func remove(_ route: VirtualRouteEntry) async throws
}
