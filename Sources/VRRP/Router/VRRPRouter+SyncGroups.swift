import NetworkPrimitives

extension VRRPRouter {
    /// Keeps every touched sync group together (keepalived section 3.15), until nothing changes.
    mutating func reconcileGroups(_ run: inout Run, now: MonotonicInstant) {
        var rounds = 0
        while !run.memberActions.isEmpty && rounds < 4 {
            let touched = run.memberActions
            run.memberActions = [:]
            for (group, memberActions) in touched.sorted(by: { $0.key < $1.key }) {
                reconcile(group, memberActions, now: now, into: &run)
            }
            rounds += 1
        }
    }

    private mutating func reconcile(
        _ group: Int, _ memberActions: [(member: Int, actions: [VRRPStateMachine.Action])], now: MonotonicInstant,
        into run: inout Run
    ) {
        propagateFaults(group, now: now, into: &run)
        if memberActions.contains(where: { Self.leftMasterOnItsOwn($0.actions) }) {
            moveMembers(of: group, from: .master, to: .backup, now: now, into: &run)
        } else if everyMemberWantsMaster(group) {
            moveMembers(of: group, from: .backup, to: .master, now: now, into: &run)
        }
        for (member, actions) in memberActions where actions.contains(where: Self.isLowerPriorityHeard) {
            for other in groups[group].members where other != member {
                feed(other, .syncGroupLowerPriorityHeard(group: groups[group].name), now: now, into: &run)
            }
        }
        reportGroupState(group, into: &run)
    }

    /// One member's own fault puts every other member in FAULT; when none is left, all recover.
    private mutating func propagateFaults(_ group: Int, now: MonotonicInstant, into run: inout Run) {
        let members = groups[group].members
        let faulty = members.filter { !machines[$0].ownFaultConditions.isEmpty }
        let condition = VRRPFaultCondition.syncGroup(groups[group].name)
        for member in members {
            let othersFaulty = faulty.contains { $0 != member }
            guard machines[member].faultConditions.contains(condition) != othersFaulty else { continue }
            feed(member, .faultCondition(condition, active: othersFaulty), now: now, into: &run)
        }
    }

    private func everyMemberWantsMaster(_ group: Int) -> Bool {
        let members = groups[group].members
        return members.contains { machines[$0].state == .backup }
            && members.allSatisfy { machines[$0].state == .master || machines[$0].wantsMaster }
    }

    private mutating func moveMembers(
        of group: Int, from: VRRPState, to target: VRRPState, now: MonotonicInstant, into run: inout Run
    ) {
        for member in groups[group].members where machines[member].state == from {
            feed(member, .syncGroupTransition(to: target, group: groups[group].name), now: now, into: &run)
        }
    }

    private mutating func reportGroupState(_ group: Int, into run: inout Run) {
        let state = VRRPSyncGroup.aggregate(groups[group].members.map { machines[$0].state })
        let previous = groups[group].state
        guard state != previous else { return }
        groups[group].state = state
        let name = groups[group].name
        run.actions.append(.syncGroup(name, .transitioned(from: previous, to: state)))
        run.actions.append(.syncGroup(name, .notify(state: VRRPSyncGroup.notifyState(state))))
    }

    private static func leftMasterOnItsOwn(_ actions: [VRRPStateMachine.Action]) -> Bool {
        actions.contains { action in
            guard case .transitioned(.master, .backup, let reason) = action else { return false }
            if case .syncGroup = reason { return false }
            return true
        }
    }

    private static func isLowerPriorityHeard(_ action: VRRPStateMachine.Action) -> Bool {
        if case .receivedLowerPriority = action { return true }
        return false
    }
}
