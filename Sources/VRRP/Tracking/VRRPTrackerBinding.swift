/// One `track_*` line of an instance: which object, with what weight and sense (keepalived section 3.14).
public struct VRRPTrackerBinding: Hashable, Sendable {
    public var tracker: VRRPTrackerID
    /// 0 means "failure faults the instance"; otherwise the priority adjustment.
    public var weight: Int
    /// `reverse`: the object counts as failed while it is up (for files: the weight is negated).
    public var reverse: Bool

    public init(_ tracker: VRRPTrackerID, weight: Int = 0, reverse: Bool = false) {
        self.tracker = tracker
        self.weight = weight
        self.reverse = reverse
    }
}
