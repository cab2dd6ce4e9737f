import NetworkPrimitives

/// One `virtual_routes` line as the engine installs it while its instance is MASTER
/// (Docs/Keepalived.md §3.13): a unicast route, its gateway, device, preferred source, metric and
/// table id.
public struct VirtualRouteEntry: Hashable, Sendable, CustomStringConvertible {
    public var destination: IPPrefix
    public var gateway: IPAddress?
    public var interface: InterfaceName?
    public var source: IPAddress?
    public var metric: UInt32?
    /// The numeric table id; 254 is `main`.
    public var table: UInt32

    public init(
        destination: IPPrefix, gateway: IPAddress? = nil, interface: InterfaceName? = nil, source: IPAddress? = nil,
        metric: UInt32? = nil, table: UInt32 = 254
    ) {
        self.destination = destination
        self.gateway = gateway
        self.interface = interface
        self.source = source
        self.metric = metric
        self.table = table
    }

    /// As `ip route` would show it.
    public var description: String {
        var words = ["\(destination)"]
        if let gateway { words += ["via", "\(gateway)"] }
        if let interface { words += ["dev", interface.rawValue] }
        if let source { words += ["src", "\(source)"] }
        if let metric { words += ["metric", "\(metric)"] }
        if table != 254 { words += ["table", "\(table)"] }
        return words.joined(separator: " ")
    }
}
