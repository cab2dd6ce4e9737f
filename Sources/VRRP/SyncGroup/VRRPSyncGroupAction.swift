/// What a sync group reports, beside its members' own actions (keepalived section 3.15).
public enum VRRPSyncGroupAction: Hashable, Sendable, CustomStringConvertible {
    /// Observation: the group as a whole changed state.
    case transitioned(from: VRRPState, to: VRRPState)
    /// Run the group's notify scripts; the generic `notify` gets `GROUP name STATE 0`.
    case notify(state: VRRPNotifyState)
    /// Observation: a weighted tracker on a member was dropped (no `sync_group_tracking_weight`).
    case trackerWeightIgnored(instance: String, tracker: VRRPTrackerID)

    public var description: String {
        switch self {
        case .transitioned(_, let to): "Syncing instances to \(to) state"
        case .notify(let state): "notify \(state)"
        case .trackerWeightIgnored(let instance, let tracker):
            "(\(instance)) ignoring tracked \(tracker) with weights due to SYNC group"
        }
    }
}
