/// Turns configuration plus real-server health into the desired virtual-server table, keeping each
/// virtual server's quorum state with its hysteresis (Docs/Keepalived.md §4.3). The data plane gets
/// `desiredTable`; the caller runs `quorum_up`/`quorum_down` and logs from the actions.
public struct LoadBalancerPlanner: Sendable {
    public enum Event: Hashable, Sendable {
        /// The (new) configuration; real servers and virtual servers that stay keep their state.
        case configured([VirtualServerDefinition])
        case realServerChanged(RealServerID, RealServerStatus)
        /// An operator drains a real server (weight 0, kept in the table so established connections
        /// finish; no weight towards quorum) or undrains it; health checks do not change this.
        case drainChanged(RealServerID, isDrained: Bool)
    }

    public enum Action: Hashable, Sendable {
        /// keepalived's "Gained quorum" (or "Starting with quorum up").
        case quorumGained(VirtualServerID, weightSum: Int, threshold: Int, initial: Bool)
        /// keepalived's "Lost quorum" (or "Starting with quorum down").
        case quorumLost(VirtualServerID, weightSum: Int, threshold: Int, initial: Bool)
        /// The sorry server replaced the real servers, or gave way to them.
        case sorryServerEntered(VirtualServerID)
        case sorryServerLeft(VirtualServerID)
        case ignored(reason: String)
    }

    private var definitions: [VirtualServerDefinition] = []
    private var status: [RealServerID: RealServerStatus] = [:]
    private var quorumUp: [VirtualServerID: Bool] = [:]
    private var drained: Set<RealServerID> = []

    public init() {}

    /// True while the operator keeps the real server drained.
    public func isDrained(_ id: RealServerID) -> Bool { drained.contains(id) }

    public var virtualServers: [VirtualServerDefinition] { definitions }

    public func isQuorumUp(_ id: VirtualServerID) -> Bool? { quorumUp[id] }

    public func status(of id: RealServerID) -> RealServerStatus? { status[id] }

    /// True while quorum is lost and a sorry server stands in.
    public func isSorryServerActive(_ id: VirtualServerID) -> Bool {
        guard let definition = definitions.first(where: { $0.id == id }) else { return false }
        return definition.sorryServer != nil && quorumUp[id] == false
    }

    /// Summed IPVS weight of the alive real servers (keepalived's `weigh_live_realservers`).
    public func liveWeight(of definition: VirtualServerDefinition) -> Int {
        definition.realServers.reduce(0) { sum, server in
            let id = definition.realServerID(server)
            let health = status[id] ?? .alive
            return health.isAlive && !drained.contains(id) ? sum + server.effectiveWeight(dynamicWeights: health.dynamicWeights) : sum
        }
    }

    /// The table the data plane should hold now.
    public var desiredTable: VirtualServerTable {
        VirtualServerTable(
            definitions.flatMap { definition in
                definition.services(
                    status: { status[definition.realServerID($0)] ?? .alive },
                    sorryServerActive: isSorryServerActive(definition.id),
                    drained: { drained.contains(definition.realServerID($0)) })
            })
    }

    public mutating func handle(_ event: Event) -> [Action] {
        switch event {
        case .configured(let newDefinitions):
            return configure(newDefinitions)
        case .realServerChanged(let id, let newStatus):
            guard status[id] != nil, let definition = definitions.first(where: { $0.id == id.virtualServer }) else {
                return [.ignored(reason: "unknown real server \(id)")]
            }
            guard status[id] != newStatus else { return [] }
            status[id] = newStatus
            return reevaluate(definition, initial: false)
        case .drainChanged(let id, let isDrained):
            guard status[id] != nil, let definition = definitions.first(where: { $0.id == id.virtualServer }) else {
                return [.ignored(reason: "unknown real server \(id)")]
            }
            guard (isDrained ? drained.insert(id).inserted : drained.remove(id) != nil) else { return [] }
            return reevaluate(definition, initial: false)
        }
    }

    private mutating func configure(_ newDefinitions: [VirtualServerDefinition]) -> [Action] {
        var newStatus: [RealServerID: RealServerStatus] = [:]
        for definition in newDefinitions {
            for server in definition.realServers {
                let id = definition.realServerID(server)
                newStatus[id] = status[id] ?? (server.initiallyAlive ? .alive : .dead)
            }
        }
        status = newStatus
        // A drain stays across reloads for the real servers that stay.
        drained = drained.filter { newStatus[$0] != nil }
        definitions = newDefinitions
        let previous = quorumUp
        quorumUp = [:]
        var actions: [Action] = []
        for definition in newDefinitions {
            if let wasUp = previous[definition.id] {
                quorumUp[definition.id] = wasUp
                actions += reevaluate(definition, initial: false)
            } else {
                actions += start(definition)
            }
        }
        return actions
    }

    /// keepalived announces the start-up state only when it starts down with a sorry server to put in.
    private mutating func start(_ definition: VirtualServerDefinition) -> [Action] {
        let policy = definition.quorumPolicy
        let weight = liveWeight(of: definition)
        let up = policy.initiallyUp(weightSum: weight)
        quorumUp[definition.id] = up
        guard !up, definition.sorryServer != nil else { return [] }
        return [
            .quorumLost(definition.id, weightSum: weight, threshold: policy.gainThreshold, initial: true),
            .sorryServerEntered(definition.id),
        ]
    }

    private mutating func reevaluate(_ definition: VirtualServerDefinition, initial: Bool) -> [Action] {
        let policy = definition.quorumPolicy
        let weight = liveWeight(of: definition)
        let wasUp = quorumUp[definition.id] ?? true
        let isUp = policy.nextState(isUp: wasUp, weightSum: weight)
        guard isUp != wasUp else { return [] }
        quorumUp[definition.id] = isUp
        let hasSorry = definition.sorryServer != nil
        if isUp {
            return [.quorumGained(definition.id, weightSum: weight, threshold: policy.gainThreshold, initial: initial)]
                + (hasSorry ? [.sorryServerLeft(definition.id)] : [])
        }
        return [.quorumLost(definition.id, weightSum: weight, threshold: policy.lossThreshold, initial: initial)]
            + (hasSorry ? [.sorryServerEntered(definition.id)] : [])
    }
}
