import NetworkPrimitives

extension VRRPRouter {
    /// Feeds one event at `now`; returns every instance's and group's actions in order.
    public mutating func handle(_ event: Event, now: MonotonicInstant) -> [Action] {
        var actions: [Action] = []
        handle(event, now: now, into: &actions)
        return actions
    }

    /// Feeds one event at `now`; appends every instance's and group's actions, in order, to `actions`.
    /// The machines' actions go through a buffer the router keeps, so a steady step (adverts sent or
    /// heard) into a reused `actions` allocates no list.
    public mutating func handle(_ event: Event, now: MonotonicInstant, into actions: inout [Action]) {
        var run = Run()
        swap(&run.actions, &actions)
        swap(&run.output, &scratchOutput)
        swap(&run.due, &scratchDue)
        dispatch(event, now: now, into: &run)
        reconcileGroups(&run, now: now)
        run.output.removeAll(keepingCapacity: true)
        swap(&run.actions, &actions)
        swap(&run.output, &scratchOutput)
        swap(&run.due, &scratchDue)
    }

    private mutating func dispatch(_ event: Event, now: MonotonicInstant, into run: inout Run) {
        switch event {
        case .start:
            run.actions.append(contentsOf: droppedTrackerObservations)
            for index in machines.indices { feed(index, .start, now: now, into: &run) }
        case .packetReceived(let message, let metadata, let interface):
            receive(message, metadata: metadata, interface: interface, now: now, into: &run)
        case .advertisementReceived(let advert, let source, let interface):
            let key = VRRPVirtualRouterKey(
                interface: interface, family: source.family, virtualRouterID: advert.virtualRouterID)
            guard let index = indexByKey[key] else {
                return run.actions.append(.ignored(.unknownVirtualRouter(advert.virtualRouterID)))
            }
            feed(index, .advertisementReceived(advert, source: source), now: now, into: &run)
        case .deadlineReached:
            deadlines.due(at: now, into: &run.due)
            for index in run.due { feed(index, .deadlineReached, now: now, into: &run) }
            run.due.removeAll(keepingCapacity: true)
        case .trackerChanged(let tracker, let reading):
            trackerChanged(tracker, reading, now: now, into: &run)
        case .interfaceChanged(let interface, let isUp):
            trackerChanged(.interface(interface.rawValue), isUp ? .up : .down, now: now, into: &run)
        case .virtualAddressRemoved(let address):
            for index in machines.indices { feed(index, .virtualAddressRemoved(address), now: now, into: &run) }
        case .shutdown:
            for index in machines.indices { feed(index, .shutdown, now: now, into: &run) }
        case .shutdownAfterHandover:
            for index in machines.indices { feed(index, .shutdownAfterHandover, now: now, into: &run) }
        case .maintenance(let name, let request):
            guard let index = indexByName[name] else { return run.actions.append(.ignored(.unknownInstance(name))) }
            // A sync group moves together: every member hands over (each with its priority-0 advert),
            // so no member's peer waits a Master_Down_Interval for an address the group released.
            let members = groupOfInstance[index].map { groups[$0].members } ?? [index]
            for member in members { feed(member, .maintenance(request), now: now, into: &run) }
        }
    }

    /// The actions of one `handle` call and the sync groups whose members it touched.
    struct Run {
        var actions: [Action] = []
        var memberActions: [Int: [(member: Int, actions: [VRRPStateMachine.Action])]] = [:]
        /// One machine's actions of one `feed` (the router's buffer, lent for the call).
        var output: [VRRPStateMachine.Action] = []
        /// The instances due at a deadline (the router's buffer, lent for the call).
        var due: [Int] = []
    }

    private mutating func trackerChanged(
        _ tracker: VRRPTrackerID, _ reading: VRRPTrackerReading, now: MonotonicInstant, into run: inout Run
    ) {
        for index in machines.indices where machines[index].trackers.tracks(tracker) {
            feed(index, .trackerChanged(tracker, reading), now: now, into: &run)
        }
    }

    /// Hands one event to one machine, records its actions and re-files its deadline.
    mutating func feed(_ index: Int, _ event: VRRPStateMachine.Event, now: MonotonicInstant, into run: inout Run) {
        run.output.removeAll(keepingCapacity: true)
        machines[index].handle(event, now: now, into: &run.output)
        deadlines.update(index, to: machines[index].nextDeadline)
        // Sync groups are reconciled even after silent events: a member's timer may have made it want MASTER.
        if let group = groupOfInstance[index] { run.memberActions[group, default: []].append((index, run.output)) }
        guard !run.output.isEmpty else { return }
        let name = machines[index].configuration.name
        for action in run.output { run.actions.append(.instance(name, action)) }
    }
}
