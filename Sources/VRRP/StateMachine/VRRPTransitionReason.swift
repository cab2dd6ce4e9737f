import NetworkPrimitives

/// Why an instance changed state; `description` follows keepalived's log wording where it has one.
public enum VRRPTransitionReason: Hashable, Sendable, CustomStringConvertible {
    /// Start without a fault: BACKUP with a full Master_Down_Interval (keepalived's "(init)").
    case startup
    /// An address owner wanting MASTER becomes MASTER at once (RFC 5798 section 6.4.1).
    case addressOwnerStartup
    /// Master_Down_Timer fired in BACKUP (RFC 5798 section 6.4.2).
    case masterDownTimerExpired
    /// MASTER heard a higher priority (RFC 5798 section 6.4.3).
    case higherPriorityAdvertisement(source: IPAddress, priority: UInt8, ours: UInt8)
    /// MASTER heard its own priority from a numerically higher address (RFC 5798 section 6.4.3).
    case equalPriorityHigherAddress(source: IPAddress, priority: UInt8)
    /// Fault conditions arose (keepalived section 3.16).
    case faulted([VRRPFaultCondition])
    /// Every fault condition cleared; the instance returns through BACKUP.
    case faultCleared
    /// A tracked virtual address was deleted by someone else while MASTER.
    case virtualAddressRemoved(IPAddress)
    /// The sync group moved this member (keepalived section 3.15).
    case syncGroup(String)
    /// Orderly stop (SIGTERM).
    case shutdown
    /// A reload removed the instance (keepalived section 3.18).
    case removedByReload
    /// The operator put the MASTER into maintenance (`vigil ctl maintenance`).
    case maintenance

    /// Whether keepalived appends " (init)" to the "Entering ... STATE" line.
    public var isInitial: Bool {
        switch self {
        case .startup: true
        case .faulted, .addressOwnerStartup, .masterDownTimerExpired, .higherPriorityAdvertisement,
            .equalPriorityHigherAddress, .faultCleared, .virtualAddressRemoved, .syncGroup, .shutdown, .removedByReload,
            .maintenance:
            false
        }
    }

    public var description: String {
        switch self {
        case .startup: "Entering BACKUP STATE (init)"
        case .addressOwnerStartup: "address owner starting as MASTER"
        case .masterDownTimerExpired: "Receive advertisement timeout"
        case .higherPriorityAdvertisement(let source, let priority, let ours):
            "Master received advert from \(source) with higher priority \(priority), ours \(ours)"
        case .equalPriorityHigherAddress(let source, let priority):
            "Master received advert from \(source) with same priority \(priority) but higher IP address than ours"
        case .faulted(let conditions): conditions.map(\.description).joined(separator: ", ")
        case .faultCleared: "fault conditions cleared"
        case .virtualAddressRemoved(let address): "virtual address \(address) removed externally"
        case .syncGroup(let group): "VRRP_Group(\(group)) Syncing instances"
        case .shutdown: "Stopping"
        case .removedByReload: "removed by reload"
        case .maintenance: "maintenance requested: handing mastership over"
        }
    }

    /// The line operators grep for: `(VI_1) Entering MASTER STATE`, `(VI_1) Entering BACKUP STATE (init)`.
    public static func enteringLine(instance: String, state: VRRPState, reason: VRRPTransitionReason) -> String {
        "(\(instance)) Entering \(state) STATE" + (reason.isInitial ? " (init)" : "")
    }
}
