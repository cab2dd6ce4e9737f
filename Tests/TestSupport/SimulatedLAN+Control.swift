import NetworkPrimitives
import VRRP

extension SimulatedLAN {
    /// Starts every node (or the named ones) now.
    public mutating func start(_ names: [String]? = nil) {
        for name in names ?? nodes.map(\.name) { boot(index(name)) }
    }

    /// The node stops dead: no prio-0 advert, no further processing; packets to it are lost.
    public mutating func crash(_ name: String) {
        let node = index(name)
        nodes[node].isRunning = false
        nodes[node].isStopping = false
        for instance in nodes[node].installedAddresses.sorted() { setHolder(instance, node: node, holds: false) }
        for instance in masters.keys where masters[instance]?.contains(node) == true {
            setMaster(instance, node: node, isMaster: false)
        }
    }

    /// The node comes back as a fresh process with the same configuration.
    public mutating func restart(_ name: String) {
        let node = index(name)
        nodes[node].reboot()
        boot(node)
    }

    /// Orderly stop (SIGTERM): masters send their priority-0 advert, then the node is gone.
    public mutating func shutdown(_ name: String) {
        let node = index(name)
        feed(node, .shutdown)
        nodes[node].isRunning = false
    }

    /// Orderly stop, make before break: masters hand over and keep their addresses until a successor
    /// advertises (or Master_Down_Interval passes); the node is gone once none is still waiting.
    public mutating func handOverAndStop(_ name: String) {
        let node = index(name)
        nodes[node].isStopping = true
        feed(node, .shutdownAfterHandover)
    }

    /// `vigil ctl maintenance|resume` for the named instance of the node.
    public mutating func maintenance(_ name: String, instance: String = "VI_1", _ request: VRRPMaintenance) {
        feed(index(name), .maintenance(instance: instance, request))
    }

    /// SIGHUP: the node reloads with `instances` (keepalived section 3.18).
    public mutating func reload(_ name: String, instances: [VRRPInstanceConfiguration]) {
        let node = index(name)
        for action in nodes[node].reload(instances, now: now) { apply(action, of: node) }
    }

    public mutating func setTracker(_ name: String, _ tracker: VRRPTrackerID, _ reading: VRRPTrackerReading) {
        feed(index(name), .trackerChanged(tracker, reading))
    }

    public mutating func setLink(_ name: String, _ interface: InterfaceName, isUp: Bool) {
        feed(index(name), .interfaceChanged(interface, isUp: isUp))
    }

    public mutating func removeVirtualAddress(_ name: String, _ address: IPAddress) {
        feed(index(name), .virtualAddressRemoved(address))
    }

    /// Splits the segment: nodes hear only nodes of their own group; unlisted nodes are isolated.
    public mutating func partition(_ groups: [[String]]) {
        var assignment = Array(nodes.indices.map { groups.count + $0 })
        for (number, group) in groups.enumerated() {
            for name in group { assignment[index(name)] = number }
        }
        partitionOf = assignment
    }

    /// Joins every partition again.
    public mutating func heal() { partitionOf = nil }

    /// True while the segment is split.
    public var isPartitioned: Bool { partitionOf != nil }

    /// Advances the virtual clock by `duration`, processing everything due on the way.
    public mutating func run(for duration: Duration) { run(until: now + duration) }

    /// Advances the virtual clock to `end`, processing every delivery and deadline up to it.
    public mutating func run(until end: MonotonicInstant) {
        while step(until: end) {}
        if end > now { now = end }
    }

    private mutating func boot(_ node: Int) {
        nodes[node].isRunning = true
        feed(node, .start)
    }

    func connected(_ a: Int, _ b: Int) -> Bool {
        guard let partitionOf else { return true }
        return partitionOf[a] == partitionOf[b]
    }
}
