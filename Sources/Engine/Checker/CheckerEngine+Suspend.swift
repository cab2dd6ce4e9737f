import HealthCheck
import LoadBalancer
import NetworkPrimitives

/// `ha_suspend` (Docs/Keepalived.md §5): the checkers of a virtual server that has it do not probe
/// while none of its addresses is on this host, and probe again when one appears, as keepalived's
/// checker follows netlink address events. Real servers keep their state while suspended.
extension CheckerEngine {
    /// Follows the host's addresses and logs each checker suspended or resumed, in keepalived's words.
    mutating func localAddressesChanged(_ change: LocalAddressChange) -> [CheckerEffect] {
        var addresses = localAddresses ?? []
        switch change {
        case .listed(let listed): addresses = Set(listed)
        case .added(let address): addresses.insert(address)
        case .removed(let address): addresses.remove(address)
        }
        localAddresses = addresses
        let before = suspended
        suspended = suspendedVirtualServers()
        var effects: [CheckerEffect] = []
        for id in realServers.keys.sorted() where before.contains(id.virtualServer) != suspended.contains(id.virtualServer) {
            guard let checks = realServers[id], !checks.checkers.isEmpty,
                let definition = virtualServers[id.virtualServer]?.definition
            else { continue }
            let label = CheckerLabel(checks, in: definition)
            let verb = suspended.contains(id.virtualServer) ? "Suspending" : "Activating"
            effects.append(.log(.info("\(verb) healthchecker for service \(label.realServer) for VS \(label.virtualServer)")))
        }
        return effects
    }

    /// The `ha_suspend` virtual servers none of whose addresses is on this host; none before the
    /// host's addresses are known.
    func suspendedVirtualServers() -> Set<VirtualServerID> {
        guard let localAddresses else { return [] }
        let present = Set(localAddresses.map(\.address))
        return Set(
            virtualServers.values.filter { virtualServer in
                virtualServer.suspendsWithoutAddress && !Self.frontend(virtualServer.definition.frontend, hasAnyOf: present)
            }.map(\.id))
    }

    /// True when every real server `key` checks belongs to a suspended virtual server.
    func isSuspended(_ key: CheckerKey) -> Bool {
        guard !suspended.isEmpty else { return false }
        let subscribers = scheduler.subscribers(of: key)
        return !subscribers.isEmpty && subscribers.allSatisfy { suspended.contains($0.virtualServer) }
    }

    /// Whether one of the addresses the virtual server listens on is in `present` (a fwmark service
    /// has none: keepalived refuses ha_suspend there).
    static func frontend(_ frontend: VirtualServerDefinition.Frontend, hasAnyOf present: Set<IPAddress>) -> Bool {
        switch frontend {
        case .endpoint(let address, _): return present.contains(address)
        case .fwmark: return false
        case .group(_, let entries):
            return entries.contains { entry in
                switch entry {
                case .address(let address, _): return present.contains(address)
                case .range(let first, let last, _): return present.contains { Self.address($0, isFrom: first, to: last) }
                case .fwmark: return false
                }
            }
        }
    }

    private static func address(_ address: IPAddress, isFrom first: IPAddress, to last: IPAddress) -> Bool {
        switch (address, first, last) {
        case (.v4(let a), .v4(let low), .v4(let high)): return low.value <= a.value && a.value <= high.value
        case (.v6(let a), .v6(let low), .v6(let high)):
            return a.high == low.high && low.high == high.high && low.low <= a.low && a.low <= high.low
        default: return false
        }
    }
}
