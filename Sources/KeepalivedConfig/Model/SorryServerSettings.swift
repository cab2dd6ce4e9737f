import NetworkPrimitives

/// `sorry_server IP [PORT]`: the server used when a virtual service loses quorum (Docs/Keepalived.md §4.3).
public struct SorryServerSettings: Hashable, Sendable {
    public var address: IPAddress
    /// The port; the virtual server's port when not written (0 for fwmark services).
    public var port: UInt16
    /// `sorry_server_inhibit`.
    public var inhibit: Bool
    /// `sorry_server_lvs_method`; the virtual server's method when not written.
    public var forwardingMethod: LBKind
    public var location: SourceLocation

    public init(address: IPAddress, port: UInt16, location: SourceLocation) {
        self.address = address
        self.port = port
        inhibit = false
        forwardingMethod = .nat
        self.location = location
    }
}
