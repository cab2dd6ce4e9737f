import NetworkPrimitives

/// `sorry_server IP [PORT]`: the destination that replaces the real servers while quorum is lost.
public struct SorryServer: Hashable, Sendable {
    public var address: IPAddress
    /// `nil` uses the service's port.
    public var port: UInt16?
    /// `sorry_server_lvs_method`; `nil` uses the virtual server's.
    public var forwarding: ForwardingMethod?
    public var weight: Int
    /// `sorry_server_inhibit`: kept with weight 0 while not in use instead of being removed.
    public var inhibit: Bool

    public init(
        address: IPAddress, port: UInt16? = nil, forwarding: ForwardingMethod? = nil, weight: Int = 1,
        inhibit: Bool = false
    ) {
        self.address = address
        self.port = port
        self.forwarding = forwarding
        self.weight = weight
        self.inhibit = inhibit
    }
}
