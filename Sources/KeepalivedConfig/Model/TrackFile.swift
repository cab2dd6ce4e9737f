/// A `track_file NAME { }` block (alias `vrrp_track_file`): a file holding an integer that, times
/// the weight, adjusts priority (Docs/Keepalived.md §2.3).
public struct TrackFile: Hashable, Sendable {
    public var name: String
    public var location: SourceLocation
    /// `file PATH` (required).
    public var path: String
    /// `weight N [reverse]`: 1 by default.
    public var weight: TrackingWeight
    /// `init_file [VALUE] [overwrite]`: create the file with VALUE (0) at start.
    public var initialValue: InitialValue?

    /// The `init_file` option.
    public struct InitialValue: Hashable, Sendable {
        public var value: Int
        /// `overwrite`: write the value even when the file exists.
        public var overwrite: Bool

        public init(value: Int = 0, overwrite: Bool = false) {
            self.value = value
            self.overwrite = overwrite
        }
    }

    public init(name: String, location: SourceLocation, path: String) {
        self.name = name
        self.location = location
        self.path = path
        weight = TrackingWeight(1)
    }
}
