import NetworkPrimitives

/// One VRRP instance (RFC 5798 section 6.4 with keepalived's semantics, keepalived sections
/// 3.6-3.10): a pure value; inputs are `Event`s, outputs `Action`s. See Docs/Modules/VRRP-StateMachine.md.
public struct VRRPStateMachine: Sendable {
    public let configuration: VRRPInstanceConfiguration
    /// The sync group this instance belongs to; a member never becomes MASTER on its own.
    public let syncGroup: String?
    public internal(set) var state: VRRPState = .initialize
    public internal(set) var effectivePriority: UInt8
    /// Master_Adver_Interval: v3 BACKUP learns it from the master's adverts (RFC 5798 section 6.4.2).
    public internal(set) var masterAdvertisementInterval: Duration
    /// The source and priority of the last accepted advert in BACKUP.
    public internal(set) var masterAddress: IPAddress?
    public internal(set) var masterPriority: UInt8?
    /// A sync-group member whose Master_Down_Timer fired and that waits for the rest of its group.
    public internal(set) var wantsMaster = false
    /// Set by `vigil ctl maintenance`: the instance stays out of MASTER until `resume`.
    public internal(set) var inMaintenance = false
    /// A MASTER handing over make-before-break: what it waits for (Docs/Handover.md); nil otherwise.
    public internal(set) var handover: VRRPHandoverProgress?
    public internal(set) var trackers: VRRPTrackerSet
    var externalFaults: Set<VRRPFaultCondition> = []
    /// Master_Down_Timer in BACKUP, Adver_Timer in MASTER.
    var stateTimer: MonotonicInstant?
    /// The second batch of gratuitous ARPs after becoming MASTER (`garp_master_delay`).
    var secondGARPTimer: MonotonicInstant?
    /// The next refresh batch while MASTER (`garp_master_refresh`).
    var refreshGARPTimer: MonotonicInstant?
    /// The second batch after hearing a lower priority (`garp_lower_prio_delay`).
    var lowerPriorityGARPTimer: MonotonicInstant?
    /// `preempt_delay`: when set, lower-priority adverts are accepted until this instant.
    var preemptDeadline: MonotonicInstant?
    /// `vrrp_startup_delay`: until this instant a BACKUP's Master_Down_Timer runs from it, not from
    /// now, so no instance becomes MASTER before it (keepalived's `vrrp_delayed_start_time`).
    var startupHold: MonotonicInstant?

    public init(configuration: VRRPInstanceConfiguration, syncGroup: String? = nil) {
        self.configuration = configuration
        self.syncGroup = syncGroup
        trackers = VRRPTrackerSet(bindings: configuration.allTrackerBindings)
        effectivePriority = configuration.priority
        masterAdvertisementInterval = configuration.advertisementInterval
        if configuration.unicastFaultNoPeer && !configuration.isUnicast {
            externalFaults.insert(.noUnicastPeers)
        }
    }

    /// The earliest instant at which `handle(.deadlineReached, now:)` has something to do.
    public var nextDeadline: MonotonicInstant? {
        Self.earlier(
            Self.earlier(Self.earlier(stateTimer, secondGARPTimer), Self.earlier(refreshGARPTimer, lowerPriorityGARPTimer)),
            handover?.deadline)
    }

    private static func earlier(_ a: MonotonicInstant?, _ b: MonotonicInstant?) -> MonotonicInstant? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }

    /// Every active fault condition: failed trackers, external and sync-group faults.
    public var faultConditions: [VRRPFaultCondition] {
        trackers.faultingTrackers.map { .tracker($0) } + externalFaults.sorted { $0.description < $1.description }
    }

    /// Fault conditions of this instance itself, leaving out those imposed by its sync group.
    public var ownFaultConditions: [VRRPFaultCondition] {
        faultConditions.filter {
            if case .syncGroup = $0 { return false }
            return true
        }
    }

    /// Feeds one event at `now`; returns the effects and observations in order.
    public mutating func handle(_ event: Event, now: MonotonicInstant) -> [Action] {
        var actions: [Action] = []
        handle(event, now: now, into: &actions)
        return actions
    }

    /// Feeds one event at `now`; appends the effects and observations, in order, to `actions`. The
    /// steady steps (a master's advert timer, a backup hearing its master) append without building
    /// an array of their own, so a caller that reuses `actions` allocates nothing for them.
    public mutating func handle(_ event: Event, now: MonotonicInstant, into actions: inout [Action]) {
        switch event {
        case .start: actions.append(contentsOf: start(now: now))
        case .advertisementReceived(let advert, let source):
            actions.append(contentsOf: receive(advert, from: source, now: now))
        case .deadlineReached: deadlineReached(now: now, into: &actions)
        case .trackerChanged(let tracker, let reading): actions.append(contentsOf: trackerChanged(tracker, reading, now: now))
        case .virtualAddressRemoved(let address): actions.append(contentsOf: virtualAddressRemoved(address, now: now))
        case .faultCondition(let condition, let active):
            actions.append(contentsOf: faultCondition(condition, active: active, now: now))
        case .syncGroupTransition(let target, let group):
            actions.append(contentsOf: syncGroupTransition(to: target, group, now: now))
        case .syncGroupLowerPriorityHeard: actions.append(contentsOf: syncGroupLowerPriorityHeard(now: now))
        case .shutdown: actions.append(contentsOf: shutdown(now: now))
        case .shutdownAfterHandover: actions.append(contentsOf: shutdownAfterHandover(now: now))
        case .maintenance(let request): actions.append(contentsOf: maintenance(request, now: now))
        }
    }
}
