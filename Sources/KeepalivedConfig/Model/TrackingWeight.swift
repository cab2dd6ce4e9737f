/// How a tracked object moves priority (Docs/Keepalived.md §3.14): 0 means a failure faults the
/// instance; a positive weight is added while the object is up, a negative one while it is down;
/// `reverse` swaps the sense.
public struct TrackingWeight: Hashable, Sendable {
    public var value: Int
    public var reverse: Bool

    public init(_ value: Int, reverse: Bool = false) {
        self.value = value
        self.reverse = reverse
    }

    /// The weight 0: a failure puts the instance in FAULT.
    public static let fault = TrackingWeight(0)
}
