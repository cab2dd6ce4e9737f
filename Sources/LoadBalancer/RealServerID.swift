import NetworkPrimitives

/// A real server within one virtual server: the unit whose health the planner tracks.
public struct RealServerID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var virtualServer: VirtualServerID
    public var address: IPAddress
    public var port: UInt16

    public init(virtualServer: VirtualServerID, address: IPAddress, port: UInt16) {
        self.virtualServer = virtualServer
        self.address = address
        self.port = port
    }

    public static func < (lhs: RealServerID, rhs: RealServerID) -> Bool {
        if lhs.virtualServer != rhs.virtualServer { return lhs.virtualServer < rhs.virtualServer }
        if lhs.address != rhs.address { return lhs.address < rhs.address }
        return lhs.port < rhs.port
    }

    /// keepalived's `[address]:port of VS …` form.
    public var description: String { "[\(address)]:\(port) of VS \(virtualServer)" }
}
