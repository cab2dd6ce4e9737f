import Engine
import Glibc
import Netlink
import NetworkPrimitives
import Runtime

/// `RouteTable` over rtnetlink: `virtual_routes` installed with `RTM_NEWROUTE` (create or replace,
/// protocol `keepalived`) and removed with `RTM_DELROUTE` (an absent route is not an error).
package struct NetlinkVirtualRouteTable: RouteTable {
    let socket: NetlinkSocket
    let directory: InterfaceDirectory

    /// Routes sent on `table`'s rtnetlink socket, devices found in `directory`.
    package init(table: NetlinkAddressTable, directory: InterfaceDirectory) {
        socket = table.socket
        self.directory = directory
    }

    package func add(_ route: VirtualRouteEntry) async throws {
        try send(RouteNetlinkRequest.replaceRoute, try message(route))
    }

    package func remove(_ route: VirtualRouteEntry) async throws {
        try delete(try message(route))
    }

    private func send(_ encode: (RouteMessage, UInt32) -> [UInt8], _ message: RouteMessage)
        throws(NetlinkRequestError)
    {
        _ = try socket.request { encode(message, $0) }
    }

    /// A route that is already gone (its interface went down with it, or someone removed it) is
    /// removed as far as Vigil is concerned.
    private func delete(_ message: RouteMessage) throws(NetlinkRequestError) {
        do {
            try send(RouteNetlinkRequest.deleteRoute, message)
        } catch where error.kernelErrno == ESRCH {
            return
        }
    }

    func message(_ route: VirtualRouteEntry) throws -> RouteMessage {
        var index: InterfaceIndex?
        if let interface = route.interface {
            do {
                index = try directory.index(of: interface)
            } catch {
                throw NetlinkVirtualAddressTable.UnknownInterface(name: interface)
            }
        }
        return RouteMessage(
            destination: route.destination, gateway: route.gateway, interfaceIndex: index,
            preferredSource: route.source, metric: route.metric, table: route.table)
    }
}
