import NetworkPrimitives

/// A configured `real_server`, with inheritance from its virtual server already resolved.
public struct RealServerDefinition: Hashable, Sendable {
    public var address: IPAddress
    /// For NAT the port traffic is sent to; other methods use the service's port.
    public var port: UInt16
    /// The configured weight, 0...Int32.max.
    public var weight: Int
    /// `lvs_method` of this real server; `nil` uses the virtual server's.
    public var forwarding: ForwardingMethod?
    public var upperThreshold: UInt32
    public var lowerThreshold: UInt32
    /// `inhibit_on_failure`: keep it with weight 0 instead of removing it when it dies.
    public var inhibitOnFailure: Bool
    /// Whether it counts as alive before any checker has reported (false when its checkers use `alpha`).
    public var initiallyAlive: Bool

    public init(
        address: IPAddress, port: UInt16, weight: Int = 1, forwarding: ForwardingMethod? = nil,
        upperThreshold: UInt32 = 0, lowerThreshold: UInt32 = 0, inhibitOnFailure: Bool = false,
        initiallyAlive: Bool = true
    ) {
        self.address = address
        self.port = port
        self.weight = weight
        self.forwarding = forwarding
        self.upperThreshold = upperThreshold
        self.lowerThreshold = lowerThreshold
        self.inhibitOnFailure = inhibitOnFailure
        self.initiallyAlive = initiallyAlive
    }

    /// The IPVS weight given the checkers' dynamic weights: each moves the weight from the configured
    /// one to its own, as keepalived sums the offsets; clamped to 0...Int32.max.
    public func effectiveWeight(dynamicWeights: [Int]) -> Int {
        let offset = dynamicWeights.reduce(0) { $0 + ($1 - weight) }
        return min(max(weight + offset, 0), Int(Int32.max))
    }
}
