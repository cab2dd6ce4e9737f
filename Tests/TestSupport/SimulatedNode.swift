import NetworkPrimitives
import VRRP

/// One router on the simulated wire: its VRRP side, its address, and what it has done.
public struct SimulatedNode: Sendable {
    public let name: String
    public let address: IPAddress
    public internal(set) var instances: [VRRPInstanceConfiguration]
    public let syncGroups: [VRRPSyncGroupConfiguration]
    public internal(set) var router: VRRPRouter
    /// False after a crash or a shutdown, until a restart.
    public internal(set) var isRunning = false
    /// Stopping make-before-break: still running until no master of it waits for a successor.
    public internal(set) var isStopping = false
    /// Instances whose virtual addresses this node has installed.
    public internal(set) var installedAddresses: Set<String> = []
    public internal(set) var gratuitousARPs = 0
    public internal(set) var advertisementsSent = 0
    var configurationByName: [String: VRRPInstanceConfiguration]

    /// A node whose instances send from `address` unless they name their own source address.
    public init(
        name: String, address: IPAddress, instances: [VRRPInstanceConfiguration],
        syncGroups: [VRRPSyncGroupConfiguration] = []
    ) {
        self.name = name
        self.address = address
        let sourced = instances.map { instance in
            var instance = instance
            if instance.sourceAddress == nil { instance.sourceAddress = address }
            return instance
        }
        self.instances = sourced
        self.syncGroups = syncGroups
        router = VRRPRouter(instances: sourced, syncGroups: syncGroups)
        configurationByName = Dictionary(sourced.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// SIGHUP with new instance configurations: the router reloads in place; returns its actions.
    mutating func reload(_ configurations: [VRRPInstanceConfiguration], now: MonotonicInstant) -> [VRRPRouter.Action] {
        instances = configurations.map { instance in
            var instance = instance
            if instance.sourceAddress == nil { instance.sourceAddress = address }
            return instance
        }
        configurationByName = Dictionary(instances.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return router.reload(instances: instances, syncGroups: syncGroups, now: now)
    }

    /// A fresh router with the same configuration (a restarted process).
    mutating func reboot() {
        router = VRRPRouter(instances: instances, syncGroups: syncGroups)
        installedAddresses = []
        isStopping = false
    }
}
