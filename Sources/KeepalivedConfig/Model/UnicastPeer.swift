import NetworkPrimitives

/// One line of `unicast_peer`: `ADDR [min_ttl N] [max_ttl N]`.
public struct UnicastPeer: Hashable, Sendable {
    public var address: IPAddress
    /// Lowest TTL/hop limit accepted from this peer (0 = no check).
    public var minimumTTL: UInt8
    /// Highest TTL/hop limit accepted from this peer.
    public var maximumTTL: UInt8
    public var location: SourceLocation

    public init(address: IPAddress, minimumTTL: UInt8 = 0, maximumTTL: UInt8 = 255, location: SourceLocation) {
        self.address = address
        self.minimumTTL = minimumTTL
        self.maximumTTL = maximumTTL
        self.location = location
    }
}
