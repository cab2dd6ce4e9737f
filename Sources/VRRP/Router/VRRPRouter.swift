import NetworkPrimitives

/// All VRRP instances and sync groups of one node (keepalived's VRRP process, pure): demultiplexes
/// adverts by interface, family and VRID, feeds the state machines, keeps sync groups together,
/// and tags every action with its instance or group. See Docs/Modules/VRRP-StateMachine.md.
public struct VRRPRouter: Sendable {
    public internal(set) var machines: [VRRPStateMachine]
    let indexByName: [String: Int]
    let indexByKey: [VRRPVirtualRouterKey: Int]
    var groups: [VRRPSyncGroup]
    let groupOfInstance: [Int?]
    var deadlines: VRRPDeadlineQueue
    /// Each instance's receive policy, built once; the priority is refreshed per packet.
    var receivePolicies: [VRRPReceivePolicy]
    /// Weighted member trackers dropped at construction, reported at start.
    let droppedTrackerObservations: [Action]
    /// Buffers lent to each `handle` call and emptied after it (storage kept), so steady steps
    /// allocate no lists: one machine's actions, the instances due at a deadline, a received
    /// advert's addresses.
    var scratchOutput: [VRRPStateMachine.Action] = []
    var scratchDue: [Int] = []
    var scratchAddresses: [IPAddress] = []

    /// Builds the router; instance names must be unique and a member belongs to one group only
    /// (the configuration layer enforces both; later duplicates are ignored here).
    public init(instances: [VRRPInstanceConfiguration], syncGroups: [VRRPSyncGroupConfiguration] = []) {
        var names: [String: Int] = [:]
        for (index, instance) in instances.enumerated() where names[instance.name] == nil {
            names[instance.name] = index
        }
        var membership: [Int?] = Array(repeating: nil, count: instances.count)
        var groups: [VRRPSyncGroup] = []
        for group in syncGroups {
            let members = group.members.compactMap { names[$0] }.filter { membership[$0] == nil }
            guard !members.isEmpty else { continue }
            for member in members { membership[member] = groups.count }
            groups.append(VRRPSyncGroup(configuration: group, members: members))
        }
        var configurations = instances
        var dropped: [Action] = []
        for (index, groupIndex) in membership.enumerated() {
            guard let groupIndex else { continue }
            dropped += Self.applyGroupTracking(groups[groupIndex].configuration, to: &configurations[index])
        }
        machines = configurations.indices.map { index in
            VRRPStateMachine(configuration: configurations[index], syncGroup: membership[index].map { groups[$0].name })
        }
        var keys: [VRRPVirtualRouterKey: Int] = [:]
        for (index, instance) in instances.enumerated() {
            let key = VRRPVirtualRouterKey(
                interface: instance.interface, family: instance.family, virtualRouterID: instance.virtualRouterID)
            if keys[key] == nil { keys[key] = index }
        }
        indexByName = names
        indexByKey = keys
        self.groups = groups
        groupOfInstance = membership
        deadlines = VRRPDeadlineQueue(count: instances.count)
        receivePolicies = configurations.map { $0.receivePolicy(priority: $0.priority) }
        droppedTrackerObservations = dropped
    }

    /// keepalived section 3.14: group trackers apply to members; members' weighted trackers are
    /// dropped unless `sync_group_tracking_weight`.
    private static func applyGroupTracking(
        _ group: VRRPSyncGroupConfiguration, to instance: inout VRRPInstanceConfiguration
    ) -> [Action] {
        var set = VRRPTrackerSet(bindings: instance.trackers)
        set.add(group.trackers)
        var dropped: [Action] = []
        if !group.trackingWeight {
            dropped = set.removeWeightedBindings().map {
                .syncGroup(group.name, .trackerWeightIgnored(instance: instance.name, tracker: $0.tracker))
            }
        }
        instance.trackers = set.bindings
        return dropped
    }

    /// The earliest instant at which `handle(.deadlineReached, now:)` has something to do.
    public var nextDeadline: MonotonicInstant? { deadlines.earliest }

    /// The machine of the named instance.
    public func machine(named name: String) -> VRRPStateMachine? {
        indexByName[name].map { machines[$0] }
    }

    /// True while any instance is a MASTER handing over make-before-break (Docs/Handover.md).
    public var isHandingOver: Bool { machines.contains { $0.handover != nil } }

    /// The state of the named instance.
    public func state(of name: String) -> VRRPState? { machine(named: name)?.state }

    /// The state the named sync group last reported.
    public func syncGroupState(of name: String) -> VRRPState? {
        groups.first { $0.name == name }?.state
    }

    /// The instance adverts for `key` are delivered to.
    public func instanceName(for key: VRRPVirtualRouterKey) -> String? {
        indexByKey[key].map { machines[$0].configuration.name }
    }
}
