import NetworkPrimitives

/// One line of `track_interface`: `IF [weight N [reverse]]` (Docs/Keepalived.md §3.14).
public struct TrackedInterface: Hashable, Sendable {
    public var name: InterfaceName
    public var weight: TrackingWeight
    public var location: SourceLocation

    public init(name: InterfaceName, weight: TrackingWeight = .fault, location: SourceLocation) {
        self.name = name
        self.weight = weight
        self.location = location
    }
}
