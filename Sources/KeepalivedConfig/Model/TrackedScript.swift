/// One line of `track_script`: `NAME [weight N [reverse|noreverse]]`, naming a `vrrp_script`
/// defined earlier in the file (Docs/Keepalived.md §1.3).
public struct TrackedScript: Hashable, Sendable {
    public var name: String
    /// The weight written on the line, or else the script's own weight.
    public var weight: TrackingWeight
    public var location: SourceLocation

    public init(name: String, weight: TrackingWeight, location: SourceLocation) {
        self.name = name
        self.weight = weight
        self.location = location
    }
}
