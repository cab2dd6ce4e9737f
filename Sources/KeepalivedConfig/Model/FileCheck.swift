/// The keywords of `FILE_CHECK`: a `track_file` whose value times the weight adjusts the real server.
public struct FileCheck: Hashable, Sendable {
    /// `track_file NAME`: a track_file defined earlier.
    public var trackFile: String
    /// `weight N [reverse]`: the track_file's weight when not written.
    public var weight: TrackingWeight

    public init(trackFile: String, weight: TrackingWeight) {
        self.trackFile = trackFile
        self.weight = weight
    }
}
