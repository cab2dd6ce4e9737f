/// The latest known condition of a tracked object.
public enum VRRPTrackerReading: Hashable, Sendable {
    /// Script succeeded (after `rise`), interface up and running, process quorum met, BFD up.
    case up
    /// Script failed (after `fall`), interface down, process quorum lost, BFD down.
    case down
    /// The integer read from a `track_file`.
    case value(Int)
}
