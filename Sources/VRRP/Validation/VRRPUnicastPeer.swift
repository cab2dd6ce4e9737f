import NetworkPrimitives

/// A configured `unicast_peer` as the receive check sees it.
public struct VRRPUnicastPeer: Hashable, Sendable {
    public var address: IPAddress
    /// keepalived's per-peer `min_ttl`/`max_ttl`; nil accepts any TTL or hop limit.
    public var ttlRange: ClosedRange<UInt8>?

    public init(address: IPAddress, ttlRange: ClosedRange<UInt8>? = nil) {
        self.address = address
        self.ttlRange = ttlRange
    }
}
