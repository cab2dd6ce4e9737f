extension StatusDocument {
    /// One `virtual_server` as the checker sees it.
    public struct VirtualServer: Codable, Hashable, Sendable {
        /// `[10.0.0.1]:tcp:80`, `FWM 1`, `[group]:tcp`.
        public var name: String
        public var scheduler: String
        public var forwarding: String
        public var quorum: Int
        public var hysteresis: Int
        public var quorumUp: Bool
        /// Summed weight of the alive real servers.
        public var liveWeight: Int
        public var sorryServer: String?
        public var sorryServerActive: Bool
        public var realServers: [RealServer]

        public init(
            name: String, scheduler: String, forwarding: String, quorum: Int = 1, hysteresis: Int = 0,
            quorumUp: Bool = true, liveWeight: Int = 0, sorryServer: String? = nil, sorryServerActive: Bool = false,
            realServers: [RealServer] = []
        ) {
            self.name = name
            self.scheduler = scheduler
            self.forwarding = forwarding
            self.quorum = quorum
            self.hysteresis = hysteresis
            self.quorumUp = quorumUp
            self.liveWeight = liveWeight
            self.sorryServer = sorryServer
            self.sorryServerActive = sorryServerActive
            self.realServers = realServers
        }
    }

    /// One real server of one virtual server.
    public struct RealServer: Codable, Hashable, Sendable {
        /// `[10.0.1.1]:tcp:8080`.
        public var name: String
        public var address: String
        public var port: Int
        public var alive: Bool
        /// True when the data plane sends it new connections.
        public var inPool: Bool
        public var weight: Int
        public var configuredWeight: Int
        public var checkers: [Checker]
        /// True while drained by the operator (`vigil ctl drain`); absent from older daemons' documents.
        public var drained: Bool?
        /// How long its checks took, every checker together.
        public var checkDurations: Histogram? = nil
        /// Checks that failed, every checker together.
        public var checkFailures: Int? = nil
        public var upTransitions: Int? = nil
        public var downTransitions: Int? = nil
        /// Seconds since it last went up or down; nil when it never changed.
        public var lastChangeSecondsAgo: Double? = nil

        public init(
            name: String, address: String, port: Int, alive: Bool, inPool: Bool, weight: Int, configuredWeight: Int,
            checkers: [Checker] = []
        ) {
            self.name = name
            self.address = address
            self.port = port
            self.alive = alive
            self.inPool = inPool
            self.weight = weight
            self.configuredWeight = configuredWeight
            self.checkers = checkers
        }

        /// The most recent check of any of its checkers.
        public var lastCheck: Checker? {
            checkers.filter { $0.lastCheckSecondsAgo != nil }.min {
                ($0.lastCheckSecondsAgo ?? 0) < ($1.lastCheckSecondsAgo ?? 0)
            }
        }
    }

    /// One checker of a real server.
    public struct Checker: Codable, Hashable, Sendable {
        /// `TCP_CHECK`, `HTTP_GET`, …
        public var kind: String
        /// What it probes: `10.0.1.1:8080`.
        public var target: String
        public var up: Bool
        /// `success` or `failure`; nil before the first check.
        public var lastResult: String?
        /// Why the last check failed.
        public var lastReason: String?
        public var lastCheckSecondsAgo: Double?
        public var nextCheckInSeconds: Double?

        public init(
            kind: String, target: String, up: Bool, lastResult: String? = nil, lastReason: String? = nil,
            lastCheckSecondsAgo: Double? = nil, nextCheckInSeconds: Double? = nil
        ) {
            self.kind = kind
            self.target = target
            self.up = up
            self.lastResult = lastResult
            self.lastReason = lastReason
            self.lastCheckSecondsAgo = lastCheckSecondsAgo
            self.nextCheckInSeconds = nextCheckInSeconds
        }
    }
}
