import NetworkPrimitives

/// One load-balancer host of a plan: its name (also its `router_id`), the interface its VRRP
/// instances run on, and its own address there (the `unicast_src_ip` with `--unicast`).
public struct PlanNode: Hashable, Sendable {
    public var name: String
    public var interface: InterfaceName
    public var address: IPAddress

    public init(name: String, interface: InterfaceName, address: IPAddress) {
        self.name = name
        self.interface = interface
        self.address = address
    }

    /// Parses `NAME:INTERFACE:ADDRESS` (the address may be IPv6: everything after the second colon).
    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, let address = IPAddress(parts[2]) else { return nil }
        let interface = InterfaceName(String(parts[1]))
        guard interface.isValid else { return nil }
        self.init(name: String(parts[0]), interface: interface, address: address)
    }
}
