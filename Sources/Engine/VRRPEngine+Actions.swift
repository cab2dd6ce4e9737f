import NetworkPrimitives
import VRRP

extension VRRPEngine {
    /// The effects of the router's actions, in the router's order.
    mutating func effects(of actions: [VRRPRouter.Action]) -> [EngineEffect] {
        var result: [EngineEffect] = []
        effects(of: actions, into: &result)
        return result
    }

    /// `effects(of:)` appended to `effects`; an advert to send is appended without a list of its own.
    mutating func effects(of actions: [VRRPRouter.Action], into effects: inout [EngineEffect]) {
        for action in actions {
            switch action {
            case .instance(let name, .sendAdvertisement(let priority)):
                transmissions(name, priority: priority, into: &effects)
            // Appended, not adopted: `effects` may be a caller's buffer whose storage is kept.
            case .instance(let name, let action): effects.append(contentsOf: instanceEffects(name, action))
            case .syncGroup(let name, let action): effects.append(contentsOf: syncGroupEffects(name, action))
            case .observed(let name, let observation): effects.append(contentsOf: observed(name, observation))
            case .ignored(let reason): effects.append(contentsOf: ignored(nil, reason))
            }
        }
    }

    private mutating func instanceEffects(_ name: String, _ action: VRRPStateMachine.Action) -> [EngineEffect] {
        switch action {
        case .sendAdvertisement(let priority):
            var result: [EngineEffect] = []
            transmissions(name, priority: priority, into: &result)
            return result
        case .addVirtualAddresses:
            return [.log(.info("(\(name)) setting VIPs."))] + addresses(of: name).map { .addAddress($0) }
                + (instance(named: name)?.routes ?? []).map { .addRoute($0) }
                + (instance(named: name)?.rules ?? []).map { .addRule($0) }
        case .removeVirtualAddresses:
            // Rules, then routes: a route through a VIP's subnet goes before the address it relies on,
            // as keepalived removes them.
            let rules = (instance(named: name)?.rules ?? []).map { EngineEffect.removeRule($0) }
            let routes = (instance(named: name)?.routes ?? []).map { EngineEffect.removeRoute($0) }
            return [.log(.info("(\(name)) removing VIPs."))] + rules + routes
                + addresses(of: name).map { .removeAddress($0) }
        case .sendGratuitousARPs(let count): return announcements(name, count: count)
        case .announceSourceAddress: return sourceAnnouncement(name)
        case .notify(let state, let priority): return instanceNotifies(name, state: state, priority: priority)
        case .receivedLowerPriority: return lowerPriorityNotify(name)
        case .transitioned(let from, let to, let reason): return transitioned(name, from: from, to: to, reason: reason)
        case .ignored(let reason): return ignored(name, reason)
        case .effectivePriorityChanged(let from, let to):
            return [.log(.info("(\(name)) Changing effective priority from \(from) to \(to)"))]
                + priorityChangeLine(name, priority: to)
        case .adoptedMasterAdvertisementInterval(let interval):
            return [.log(.debug("(\(name)) adopting the master's advert interval \(interval)"))]
        case .handoverStarted(let bound):
            return [.log(.info("(\(name)) handing over: keeping VIPs until a successor advertises (at most \(bound))"))]
        case .handoverEnded(let successor):
            let line = successor.map { "(\(name)) successor \($0) has taken over" }
                ?? "(\(name)) no successor advertised: releasing VIPs anyway"
            return [.log(.info(line))]
        }
    }

    private mutating func syncGroupEffects(_ name: String, _ action: VRRPSyncGroupAction) -> [EngineEffect] {
        switch action {
        case .transitioned(let from, let to):
            recordGroupTransition(name, from: from, to: to)
            return [.log(.info("VRRP_Group(\(name)) Syncing instances to \(to) state"))]
        case .notify(let state):
            guard let group = groupIndex[name].map({ configuration.syncGroups[$0] }) else { return [] }
            return notifies(group.notify, kind: "GROUP", name: name, state: state, priority: 0)
                + fifoLine(.group(name, state))
        case .trackerWeightIgnored:
            return [.log(.warning(action.description))]
        }
    }

    private mutating func transitioned(
        _ name: String, from: VRRPState, to: VRRPState, reason: VRRPTransitionReason
    ) -> [EngineEffect] {
        if to == .master { statistics.instances[name, default: .init()].becameMaster += 1 }
        if from == .master { statistics.instances[name, default: .init()].releasedMaster += 1 }
        recordTransition(name, from: from, to: to, reason: reason)
        lowerPriorityLogged.remove(name)
        var lines: [LogRecord] = []
        switch reason {
        case .masterDownTimerExpired: lines.append(.info("(\(name)) Receive advertisement timeout"))
        case .higherPriorityAdvertisement, .equalPriorityHigherAddress, .virtualAddressRemoved, .faulted, .maintenance:
            lines.append(.info("(\(name)) \(reason)"))
        case .startup, .addressOwnerStartup, .faultCleared, .syncGroup, .shutdown, .removedByReload: break
        }
        if to != .initialize {
            lines.append(.info(VRRPTransitionReason.enteringLine(instance: name, state: to, reason: reason)))
        }
        return lines.map { .log($0) } + followSyncDaemon(afterTransitionOf: name)
    }

    private mutating func recordTransition(
        _ name: String, from: VRRPState, to: VRRPState, reason: VRRPTransitionReason
    ) {
        var counters = statistics.instances[name] ?? .init()
        let cause = TransitionCause(reason, afterPriorityZero: counters.heardPriorityZero)
        let words = cause == .priorityZeroReceived ? "Master sent priority 0; \(reason)" : "\(reason)"
        counters.transitions[cause.rawValue, default: 0] += 1
        counters.lastTransition = EngineTransition(
            from: from, to: to, cause: cause, reason: words, sequence: (counters.lastTransition?.sequence ?? 0) + 1)
        counters.heardPriorityZero = false
        statistics.instances[name] = counters
        statistics.latestInstanceTransition = counters.lastTransition.map { (name, $0) }
    }

    private mutating func recordGroupTransition(_ name: String, from: VRRPState, to: VRRPState) {
        // A member the group itself moved gives no reason of its own: then every member wanted the state.
        let member = statistics.latestInstanceTransition.flatMap { $0.transition.cause == .syncGroup ? nil : $0 }
        statistics.syncGroupTransitions[name] = EngineTransition(
            from: from, to: to, cause: member?.transition.cause ?? .syncGroup,
            reason: member.map { "(\($0.name)) \($0.transition.reason)" } ?? "every member wants \(to)",
            sequence: (statistics.syncGroupTransitions[name]?.sequence ?? 0) + 1)
    }

    private mutating func observed(_ name: String, _ observation: AdvertisementObservation) -> [EngineEffect] {
        statistics.instances[name, default: .init()].observed[observation.counterName, default: 0] += 1
        switch observation {
        case .oldUnicastChecksumDetected:
            return [.log(.info("(\(name)) Setting unicast VRRPv3 checksum to old version"))]
        case .addressListMismatch, .intervalMismatchV3, .checksumIgnored:
            return [.log(.debug("(\(name)) \(observation)"))]
        }
    }

    private mutating func ignored(_ name: String?, _ reason: VRRPIgnoreReason) -> [EngineEffect] {
        let prefix = name.map { "(\($0)) " } ?? ""
        switch reason {
        case .lowerPriority:
            guard let name else { return [.log(.info(reason.description))] }
            statistics.instances[name, default: .init()].lowerPriorityDiscarded += 1
            guard lowerPriorityLogged.insert(name).inserted else { return [] }
            return [.log(.info(prefix + reason.description))]
        case .rejected(let rejection):
            if let name { statistics.instances[name, default: .init()].rejected[rejection.counterName, default: 0] += 1 }
            return [.log(.debug(prefix + reason.description))]
        case .notListening, .ownAddress, .versionMismatch, .unknownVirtualRouter, .notApplicable, .unknownInstance:
            return [.log(.debug(prefix + reason.description))]
        }
    }

    /// `notify_priority_changes`: MASTER_PRIORITY or BACKUP_PRIORITY on the FIFO with the new priority.
    private func priorityChangeLine(_ name: String, priority: UInt8) -> [EngineEffect] {
        guard instance(named: name)?.notifyPriorityChanges == true else { return [] }
        let event = router.machine(named: name)?.state == .master ? "MASTER_PRIORITY" : "BACKUP_PRIORITY"
        return fifoLine(.instanceEvent(name, event, priority: priority))
    }

    /// The instance's installed addresses: advertised first, then excluded.
    func addresses(of name: String) -> [VirtualAddress] {
        instanceIndex[name].map { configuration.instances[$0].addresses } ?? []
    }

    func instance(named name: String) -> EngineInstance? {
        instanceIndex[name].map { configuration.instances[$0] }
    }
}
