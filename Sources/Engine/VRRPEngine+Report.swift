import NetworkPrimitives
import VRRP

extension VRRPEngine {
    /// The SIGUSR1 data dump (Docs/Keepalived.md §6.2; its layout is not a stable interface).
    public func dataReport() -> String {
        var lines = ["------< VRRP Topology >------"]
        for instance in configuration.instances {
            guard let machine = router.machine(named: instance.name) else { continue }
            let vrrp = instance.vrrp
            lines += [
                " VRRP Instance = \(vrrp.name)",
                "   State = \(machine.state)",
                "   Wantstate = \(machine.wantsMaster ? "MASTER" : "\(machine.state)")",
                "   Interface = \(vrrp.interface.map { "\($0)" } ?? "none")",
                "   Virtual Router ID = \(vrrp.virtualRouterID)",
                "   VRRP version = \(vrrp.version.rawValue)",
                "   Priority = \(vrrp.priority)",
                "   Effective priority = \(machine.effectivePriority)",
                "   Advert interval = \(vrrp.advertisementInterval)",
                "   Source address = \(vrrp.sourceAddress.map { "\($0)" } ?? "none")",
                "   Master address = \(machine.masterAddress.map { "\($0)" } ?? "none")",
                "   Virtual IP (\(instance.addresses.count)):",
            ]
            lines += instance.addresses.map { "     \($0)" }
            if let group = machine.syncGroup { lines.append("   Sync group = \(group)") }
            lines += machine.faultConditions.map { "   Fault: \($0)" }
        }
        for group in configuration.syncGroups {
            let state = router.syncGroupState(of: group.name).map { "\($0)" } ?? "INIT"
            lines += [" VRRP Sync Group = \(group.name), \(state)"] + group.vrrp.members.map { "   monitor = \($0)" }
        }
        for (name, entry) in checks.entries.sorted(by: { $0.key < $1.key }) {
            let status = entry.health.reading.map { "\($0)" } ?? "INIT"
            lines += [" VRRP Script = \(name)", "   Status = \(status)", "   Interval = \(entry.script.interval)"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The SIGUSR2 statistics (keepalived's counter names where it has them).
    public func statisticsReport() -> String {
        var lines: [String] = []
        for instance in configuration.instances {
            let counters = statistics.instances[instance.name] ?? .init()
            lines += [
                "VRRP Instance: \(instance.name)",
                "  Advertisements:",
                "    Received: \(counters.advertisementsReceived)",
                "    Sent: \(counters.advertisementsSent)",
                "  Became master: \(counters.becameMaster)",
                "  Released master: \(counters.releasedMaster)",
                "  Priority Zero:",
                "    Sent: \(counters.priorityZeroSent)",
                "  Packet Errors:",
            ]
            lines += counters.rejected.sorted { $0.key < $1.key }.map { "    \($0.key): \($0.value)" }
            lines += counters.observed.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }
        }
        lines.append("Unmatched packets: \(statistics.unmatchedPackets)")
        return lines.joined(separator: "\n") + "\n"
    }
}
