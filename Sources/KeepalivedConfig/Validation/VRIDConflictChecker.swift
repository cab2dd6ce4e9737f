import NetworkPrimitives

/// keepalived's `check_vrid_conflicts`: two instances may not share a VRID on the same interface, family
/// and multicast group (or, unicasting, the same source address and a common peer).
enum VRIDConflictChecker {
    struct Key: Hashable {
        var vrid: UInt8
        var family: AddressFamily
        var interface: InterfaceName?
        var group: IPAddress?
    }

    static func check(_ instances: [VRRPInstance], context: inout ReadContext) {
        var multicast: [Key: VRRPInstance] = [:]
        var unicast: [VRRPInstance] = []
        for instance in instances {
            if instance.transport.isUnicast {
                if let other = unicast.first(where: { unicastConflict($0, instance) }) {
                    report(instance, other, context: &context)
                }
                unicast.append(instance)
                continue
            }
            let key = Key(
                vrid: instance.virtualRouterID, family: instance.family, interface: instance.interface,
                group: instance.transport.multicastGroup)
            if let other = multicast[key] {
                report(instance, other, context: &context)
            } else {
                multicast[key] = instance
            }
        }
    }

    private static func unicastConflict(_ a: VRRPInstance, _ b: VRRPInstance) -> Bool {
        guard a.virtualRouterID == b.virtualRouterID, a.family == b.family else { return false }
        if let first = a.interface, let second = b.interface, first != second { return false }
        guard a.transport.sourceAddress == b.transport.sourceAddress else { return false }
        let peers = Set(a.transport.unicastPeers.map(\.address))
        return b.transport.unicastPeers.contains { peers.contains($0.address) }
    }

    private static func report(_ instance: VRRPInstance, _ other: VRRPInstance, context: inout ReadContext) {
        let family = instance.family == .inet ? "IPv4" : "IPv6"
        let place = instance.interface.map { "on interface \($0)" } ?? "with the same source address"
        context.fatal(
            "vrrp_instance '\(instance.name)' and '\(other.name)' both use VRID "
                + "\(instance.virtualRouterID) for \(family) \(place)", at: instance.location,
            notes: [
                Diagnostic.Note(location: other.location, message: "'\(other.name)' is defined here"),
                Diagnostic.Note(message: "keepalived's VRRP process refuses to start"),
            ])
    }
}
