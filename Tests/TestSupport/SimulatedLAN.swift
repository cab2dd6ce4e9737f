import NetworkPrimitives
import VRRP

/// Several `VRRPRouter` nodes on one virtual Ethernet segment with seeded loss, delay and
/// partitions, and a virtual clock that jumps to the next delivery or deadline (quinn-proto's
/// test `Pair::step`). Adverts travel as real encoded bytes through `AdvertisementValidator`.
/// It records every action and who is MASTER of each instance over time.
public struct SimulatedLAN: Sendable {
    /// One action of one node at one instant.
    public struct Record: Sendable {
        public let time: MonotonicInstant
        public let node: String
        public let action: VRRPRouter.Action
    }

    /// The set of nodes that are MASTER of an instance from `time` on.
    public struct MastershipChange: Hashable, Sendable {
        public let time: MonotonicInstant
        public let masters: [String]

        public init(time: MonotonicInstant, masters: [String]) {
            self.time = time
            self.masters = masters
        }
    }

    struct Delivery: Sendable {
        let from: Int
        let to: Int
        let message: [UInt8]
        let metadata: VRRPReceiveMetadata
        let interface: InterfaceName?
    }

    public internal(set) var nodes: [SimulatedNode]
    public internal(set) var now: MonotonicInstant = .zero
    /// Probability that one copy of a packet is lost.
    public var loss: Double
    /// One-way delivery delay, drawn uniformly for every copy.
    public var delay: ClosedRange<Duration>
    /// Keep every action in `records` (off for benchmarks).
    public var recordsActions = true
    public internal(set) var records: [Record] = []
    /// Per instance name, every change of its set of masters.
    public internal(set) var timeline: [String: [MastershipChange]] = [:]
    /// Per instance name, every change of the set of nodes holding its addresses (`masters` = holders).
    public internal(set) var holderTimeline: [String: [MastershipChange]] = [:]
    public internal(set) var packetsSent = 0
    public internal(set) var packetsLost = 0
    var masters: [String: Set<Int>] = [:]
    var partitionOf: [Int]?
    var deliveries = TimedQueue<Delivery>()
    var random: SplitMix64
    let indexByName: [String: Int]

    public init(
        nodes: [SimulatedNode], seed: UInt64 = 1, delay: ClosedRange<Duration> = .milliseconds(1) ... .milliseconds(1),
        loss: Double = 0
    ) {
        self.nodes = nodes
        self.delay = delay
        self.loss = loss
        random = SplitMix64(seed: seed)
        indexByName = Dictionary(nodes.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The node called `name`; traps on a typo, which is a bug in the test.
    public func node(_ name: String) -> SimulatedNode { nodes[index(name)] }

    func index(_ name: String) -> Int {
        guard let index = indexByName[name] else { fatalError("no simulated node \(name)") }
        return index
    }

    /// The nodes that are MASTER of `instance` now, by name.
    public func masters(of instance: String) -> [String] {
        (masters[instance] ?? []).map { nodes[$0].name }.sorted()
    }

    /// The nodes that were MASTER of `instance` at `time`.
    public func masters(of instance: String, at time: MonotonicInstant) -> [String] {
        timeline[instance]?.last { $0.time <= time }?.masters ?? []
    }

    /// The first instant at or after `start` when the masters of `instance` satisfied `condition`.
    public func firstTime(
        _ instance: String, from start: MonotonicInstant = .zero, where condition: ([String]) -> Bool
    ) -> MonotonicInstant? {
        if condition(masters(of: instance, at: start)) { return start }
        return timeline[instance]?.first { $0.time > start && condition($0.masters) }?.time
    }

    /// True if, from `start` on, some node held the addresses of `instance` at every instant.
    public func addressesHeldThroughout(_ instance: String, from start: MonotonicInstant) -> Bool {
        let changes = holderTimeline[instance] ?? []
        let before = changes.last { $0.time <= start }
        guard before.map({ !$0.masters.isEmpty }) == true else { return false }
        return changes.filter { $0.time > start }.allSatisfy { !$0.masters.isEmpty }
    }

    /// Records whose action matches, e.g. every `.ignored` of one node.
    public func records(of node: String? = nil, where match: (VRRPRouter.Action) -> Bool) -> [Record] {
        records.filter { (node == nil || $0.node == node) && match($0.action) }
    }
}
