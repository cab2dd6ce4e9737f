import NetworkPrimitives
import VRRP

extension SimulatedLAN {
    /// Processes the earliest delivery or deadline if it is due by `end`; false when none is.
    public mutating func step(until end: MonotonicInstant) -> Bool {
        var deadline: MonotonicInstant?
        var deadlineNode = 0
        for node in nodes.indices where nodes[node].isRunning {
            if let due = nodes[node].router.nextDeadline, deadline.map({ due < $0 }) ?? true {
                deadline = due
                deadlineNode = node
            }
        }
        let delivery = deliveries.earliest
        if let delivery, delivery <= end, deadline.map({ delivery <= $0 }) ?? true {
            guard let (time, packet) = deliveries.popFirst() else { return false }
            now = max(now, time)
            deliver(packet)
            return true
        }
        guard let deadline, deadline <= end else { return false }
        now = max(now, deadline)
        feed(deadlineNode, .deadlineReached)
        return true
    }

    mutating func feed(_ node: Int, _ event: VRRPRouter.Event) {
        let actions = nodes[node].router.handle(event, now: now)
        for action in actions { apply(action, of: node) }
        // A node stopping make-before-break is gone once no master of it waits for a successor.
        if nodes[node].isStopping && !nodes[node].router.isHandingOver {
            nodes[node].isStopping = false
            nodes[node].isRunning = false
        }
    }

    private mutating func deliver(_ packet: Delivery) {
        guard nodes[packet.to].isRunning, connected(packet.from, packet.to) else {
            packetsLost += 1
            return
        }
        feed(packet.to, .packetReceived(packet.message, metadata: packet.metadata, interface: packet.interface))
    }

    mutating func apply(_ action: VRRPRouter.Action, of node: Int) {
        if recordsActions { records.append(Record(time: now, node: nodes[node].name, action: action)) }
        guard case .instance(let instance, let instanceAction) = action else { return }
        switch instanceAction {
        case .sendAdvertisement(let priority): send(instance, priority: priority, from: node)
        case .addVirtualAddresses: setHolder(instance, node: node, holds: true)
        case .removeVirtualAddresses: setHolder(instance, node: node, holds: false)
        case .sendGratuitousARPs(let count): nodes[node].gratuitousARPs += count
        case .transitioned(_, let to, _): setMaster(instance, node: node, isMaster: to == .master)
        case .announceSourceAddress, .notify, .receivedLowerPriority, .ignored, .effectivePriorityChanged,
            .adoptedMasterAdvertisementInterval, .handoverStarted, .handoverEnded:
            break
        }
    }

    mutating func setHolder(_ instance: String, node: Int, holds: Bool) {
        let changed =
            holds
            ? nodes[node].installedAddresses.insert(instance).inserted
            : nodes[node].installedAddresses.remove(instance) != nil
        guard changed else { return }
        let holders = nodes.indices.filter { nodes[$0].installedAddresses.contains(instance) }.map { nodes[$0].name }
        holderTimeline[instance, default: []].append(MastershipChange(time: now, masters: holders.sorted()))
    }

    mutating func setMaster(_ instance: String, node: Int, isMaster: Bool) {
        let changed =
            isMaster ? masters[instance, default: []].insert(node).inserted : masters[instance]?.remove(node) != nil
        guard changed else { return }
        timeline[instance, default: []].append(MastershipChange(time: now, masters: masters(of: instance)))
    }

    /// Encodes the advert once per destination and puts one copy per listening node on the wire.
    private mutating func send(_ instance: String, priority: UInt8, from node: Int) {
        guard let configuration = nodes[node].configurationByName[instance] else { return }
        nodes[node].advertisementsSent += 1
        let advert = configuration.advertisement(priority: priority)
        let source = configuration.sourceAddress ?? nodes[node].address
        for destination in configuration.advertisementDestinations {
            let context = VRRPChecksumContext(
                source: source, destination: destination, mode: configuration.checksumMode)
            let bytes = VRRPCodec.encode(advert, family: configuration.family, checksum: context)
            let metadata = VRRPReceiveMetadata(source: source, destination: destination, hopLimit: 255)
            for receiver in nodes.indices where receiver != node {
                guard destination.isMulticast || nodes[receiver].address == destination else { continue }
                packetsSent += 1
                if loss > 0 && Double.random(in: 0..<1, using: &random) < loss {
                    packetsLost += 1
                    continue
                }
                let packet = Delivery(
                    from: node, to: receiver, message: bytes, metadata: metadata, interface: configuration.interface)
                deliveries.insert(packet, at: now + randomDelay())
            }
        }
    }

    private mutating func randomDelay() -> Duration {
        let low = delay.lowerBound.nanosecondsClamped
        let high = delay.upperBound.nanosecondsClamped
        guard high > low else { return delay.lowerBound }
        return .nanoseconds(Int64.random(in: low...high, using: &random))
    }
}
