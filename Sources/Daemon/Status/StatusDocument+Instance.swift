import VRRP

extension StatusDocument {
    /// A VRRP state as keepalived's SNMP and JSON number it (INIT 0, BACKUP 1, MASTER 2, FAULT 3).
    public enum State: String, Codable, Hashable, Sendable, CaseIterable {
        case initialize = "INIT"
        case backup = "BACKUP"
        case master = "MASTER"
        case fault = "FAULT"
        case stop = "STOP"

        public init(_ state: VRRPState) {
            switch state {
            case .initialize: self = .initialize
            case .backup: self = .backup
            case .master: self = .master
            case .fault: self = .fault
            }
        }

        /// The value of `vigil_vrrp_instance_state`.
        public var number: Int {
            switch self {
            case .initialize: 0
            case .backup: 1
            case .master: 2
            case .fault: 3
            case .stop: 4
            }
        }
    }

    /// One `vrrp_instance`.
    public struct Instance: Codable, Hashable, Sendable {
        public var name: String
        public var state: State
        /// `state MASTER` in the configuration (or priority 255) wants MASTER; else BACKUP.
        public var wantedState: State
        public var basePriority: Int
        public var effectivePriority: Int
        public var virtualRouterID: Int
        public var interface: String?
        public var vrrpVersion: Int
        /// Virtual addresses as configured, `192.0.2.10/24`.
        public var virtualAddresses: [String]
        /// The master's address as last heard, when BACKUP.
        public var masterAddress: String?
        public var syncGroup: String?
        public var lastTransition: Transition?
        public var counters: Counters
        /// True while the operator holds the instance in maintenance (`vigil ctl maintenance`): it
        /// neither takes over nor preempts. Absent when not, and from older daemons' documents.
        public var maintenance: Bool?

        public init(
            name: String, state: State, wantedState: State, basePriority: Int, effectivePriority: Int,
            virtualRouterID: Int, interface: String? = nil, vrrpVersion: Int = 2, virtualAddresses: [String] = [],
            masterAddress: String? = nil, syncGroup: String? = nil, lastTransition: Transition? = nil,
            counters: Counters = Counters()
        ) {
            self.name = name
            self.state = state
            self.wantedState = wantedState
            self.basePriority = basePriority
            self.effectivePriority = effectivePriority
            self.virtualRouterID = virtualRouterID
            self.interface = interface
            self.vrrpVersion = vrrpVersion
            self.virtualAddresses = virtualAddresses
            self.masterAddress = masterAddress
            self.syncGroup = syncGroup
            self.lastTransition = lastTransition
            self.counters = counters
        }
    }

    /// The last state change of an instance or group.
    public struct Transition: Codable, Hashable, Sendable {
        public var from: State
        public var to: State
        /// `VRRPTransitionReason.description`: `Receive advertisement timeout`, …; empty when only
        /// the new state was seen.
        public var reason: String
        /// Seconds since the Unix epoch.
        public var at: Double

        public init(from: State, to: State, reason: String, at: Double) {
            self.from = from
            self.to = to
            self.reason = reason
            self.at = at
        }
    }

    /// An instance's counters (keepalived's statistics names where it has them).
    public struct Counters: Codable, Hashable, Sendable {
        public var advertisementsReceived: Int
        public var advertisementsSent: Int
        public var becameMaster: Int
        public var releasedMaster: Int
        public var priorityZeroSent: Int
        /// Dropped adverts by reason (`VRRPRejection.counterName`: `ip_ttl_err`, `auth_failure`, …).
        public var rejected: [String: Int]
        /// Priority 0 advertisements received (keepalived's `pri_zero_rcvd`).
        public var priorityZeroReceived: Int? = nil
        /// State changes by cause (`TransitionCause`: `master_down_timer`, `tracked_script_down`, …).
        public var transitions: [String: Int]? = nil
        /// Lower-priority advertisements a backup discarded (it preempts, so it lets its timer run out);
        /// the first of a run is logged, the rest only counted here.
        public var lowerPriorityDiscarded: Int? = nil

        public init(
            advertisementsReceived: Int = 0, advertisementsSent: Int = 0, becameMaster: Int = 0,
            releasedMaster: Int = 0, priorityZeroSent: Int = 0,
            rejected: [String: Int] = [:]
        ) {
            self.advertisementsReceived = advertisementsReceived
            self.advertisementsSent = advertisementsSent
            self.becameMaster = becameMaster
            self.releasedMaster = releasedMaster
            self.priorityZeroSent = priorityZeroSent
            self.rejected = rejected
        }
    }

    /// One `vrrp_sync_group`.
    public struct SyncGroup: Codable, Hashable, Sendable {
        public var name: String
        public var state: State
        public var members: [String]
        public var lastTransition: Transition?

        public init(name: String, state: State, members: [String], lastTransition: Transition? = nil) {
            self.name = name
            self.state = state
            self.members = members
            self.lastTransition = lastTransition
        }
    }

    /// The alert mailer's counters.
    public struct Alerts: Codable, Hashable, Sendable {
        public var delivered: Int
        public var failed: Int
        public var dropped: Int
        public var queued: Int

        public init(delivered: Int = 0, failed: Int = 0, dropped: Int = 0, queued: Int = 0) {
            self.delivered = delivered
            self.failed = failed
            self.dropped = dropped
            self.queued = queued
        }

        public init(_ activity: SMTPMailerActivity) {
            self.init(
                delivered: activity.delivered, failed: activity.failed, dropped: activity.dropped,
                queued: activity.queued + (activity.sending ? 1 : 0))
        }
    }
}
