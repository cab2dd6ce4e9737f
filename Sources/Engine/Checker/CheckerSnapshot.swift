import HealthCheck
import LoadBalancer
import NetworkPrimitives

/// What the checker side knows right now, for `vigil status`, the SIGUSR1 data dump and metrics.
public struct CheckerSnapshot: Hashable, Sendable {
    /// One checker of a real server.
    public struct Checker: Hashable, Sendable {
        public var key: CheckerKey
        public var state: CheckerStateMachine.State
        public var lastOutcome: ProbeOutcome?
        public var nextCheck: MonotonicInstant?
        /// Its check durations and failures so far (`CheckerStatistics`).
        public var checks = CheckerStatistics.Checks()

        public init(
            key: CheckerKey, state: CheckerStateMachine.State, lastOutcome: ProbeOutcome? = nil,
            nextCheck: MonotonicInstant? = nil
        ) {
            self.key = key
            self.state = state
            self.lastOutcome = lastOutcome
            self.nextCheck = nextCheck
        }
    }

    /// One real server within one virtual server.
    public struct RealServer: Hashable, Sendable {
        public var id: RealServerID
        /// `[10.0.1.1]:tcp:8080`.
        public var label: String
        public var isAlive: Bool
        public var configuredWeight: Int
        /// The weight with dynamic checker weights applied (what the data plane gets while alive).
        public var weight: Int
        /// True when the data plane sends it new connections (present with weight > 0).
        public var inPool: Bool
        public var checkers: [Checker]
        /// Drained by the operator (`vigil ctl drain`): weight 0 whatever the checks say.
        public var isDrained = false
        /// Up and down transitions and the last change (`CheckerStatistics`).
        public var changes = CheckerStatistics.Changes()
    }

    /// One virtual server.
    public struct VirtualServer: Hashable, Sendable {
        public var definition: VirtualServerDefinition
        public var quorumUp: Bool
        public var sorryServerActive: Bool
        /// Summed weight of the alive real servers, against `definition.quorumPolicy`.
        public var liveWeight: Int
        public var realServers: [RealServer]

        public var id: VirtualServerID { definition.id }
    }

    public var virtualServers: [VirtualServer]
    /// The table last handed to the data plane.
    public var table: VirtualServerTable
    /// When the snapshot was taken, for "3.2 s ago" in renderings.
    public var takenAt: MonotonicInstant

    public init(
        virtualServers: [VirtualServer] = [], table: VirtualServerTable = VirtualServerTable(),
        takenAt: MonotonicInstant = .zero
    ) {
        self.virtualServers = virtualServers
        self.table = table
        self.takenAt = takenAt
    }
}
