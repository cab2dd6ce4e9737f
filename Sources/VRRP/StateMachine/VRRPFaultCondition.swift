/// Why an instance is in FAULT (keepalived section 3.16).
public enum VRRPFaultCondition: Hashable, Sendable, CustomStringConvertible {
    /// An unweighted tracked object failed (or a `reverse` one succeeded), the instance's own
    /// interface is down, or a `track_file` total fell below -253.
    case tracker(VRRPTrackerID)
    /// Another member of the named sync group is in FAULT.
    case syncGroup(String)
    /// `unicast_fault_no_peer` with no unicast peer.
    case noUnicastPeers
    /// Found by the configuration layer (duplicate VRID, missing source address, ...).
    case configuration(String)

    public var description: String {
        switch self {
        case .tracker(let tracker): "\(tracker) failed"
        case .syncGroup(let group): "sync group \(group) member in FAULT"
        case .noUnicastPeers: "no unicast peers"
        case .configuration(let text): text
        }
    }
}
