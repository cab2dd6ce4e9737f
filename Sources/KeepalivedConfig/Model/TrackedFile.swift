/// One line of an instance's `track_file`: `NAME [weight N [reverse]]`, naming a `track_file`
/// block defined earlier in the file.
public struct TrackedFile: Hashable, Sendable {
    public var name: String
    /// The weight written on the line, or else the track_file's own weight.
    public var weight: TrackingWeight
    public var location: SourceLocation

    public init(name: String, weight: TrackingWeight, location: SourceLocation) {
        self.name = name
        self.weight = weight
        self.location = location
    }
}
