import VRRP

/// Why an instance changed state, as one short word for a metric's `reason` label
/// (`vigil_vrrp_transitions_total{reason="master_down_timer"}`); `VRRPTransitionReason` says it in full.
public enum TransitionCause: String, Hashable, Sendable, CaseIterable {
    case startup
    case addressOwner = "address_owner"
    /// Master_Down_Interval passed without an advertisement (RFC 5798 section 6.4.2).
    case masterDownTimer = "master_down_timer"
    /// The master sent priority 0 and the instance took over after Skew_Time (RFC 5798 section 6.4.2).
    case priorityZeroReceived = "priority_zero_received"
    /// A MASTER heard a higher priority and was preempted (RFC 5798 section 6.4.3).
    case preemptedByHigherPriority = "preempted_by_higher_priority"
    case equalPriorityHigherAddress = "equal_priority_higher_address"
    case trackedScriptDown = "tracked_script_down"
    case interfaceDown = "interface_down"
    /// Another fault: a tracked file, process or BFD session, a sync group member, no unicast peers.
    case fault
    case faultCleared = "fault_cleared"
    case virtualAddressRemoved = "virtual_address_removed"
    case syncGroup = "sync_group"
    case shutdown
    case reload
    /// The operator asked for maintenance (`vigil ctl maintenance`): the master handed over.
    case maintenance

    /// The cause of `reason`; `afterPriorityZero` is true when the master's priority 0 advert started
    /// the Master_Down timer that fired.
    public init(_ reason: VRRPTransitionReason, afterPriorityZero: Bool = false) {
        switch reason {
        case .startup: self = .startup
        case .addressOwnerStartup: self = .addressOwner
        case .masterDownTimerExpired: self = afterPriorityZero ? .priorityZeroReceived : .masterDownTimer
        case .higherPriorityAdvertisement: self = .preemptedByHigherPriority
        case .equalPriorityHigherAddress: self = .equalPriorityHigherAddress
        case .faulted(let conditions): self = Self.fault(conditions)
        case .faultCleared: self = .faultCleared
        case .virtualAddressRemoved: self = .virtualAddressRemoved
        case .syncGroup: self = .syncGroup
        case .shutdown: self = .shutdown
        case .removedByReload: self = .reload
        case .maintenance: self = .maintenance
        }
    }

    private static func fault(_ conditions: [VRRPFaultCondition]) -> TransitionCause {
        for condition in conditions {
            guard case .tracker(let tracker) = condition else { continue }
            switch tracker.kind {
            case .script: return .trackedScriptDown
            case .interface: return .interfaceDown
            case .file, .process, .bfd, .sourceAddress: continue
            }
        }
        return .fault
    }
}
