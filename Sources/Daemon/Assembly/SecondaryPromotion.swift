import Engine
import LinuxPlatform
import NetworkPrimitives
import Runtime

/// `promote_secondaries`: keepalived sets the interface's `promote_secondaries` when an instance asks
/// for it and the interface does not have it yet, and clears it again at stop (`vrrp_if_config.c`),
/// so removing one address of a subnet (a VIP, or the interface's own) no longer removes the rest.
enum SecondaryPromotion {
    /// Sets the flag where it is off; returns the interfaces it set, to reset at stop.
    static func enable(_ interfaces: [InterfaceName], log: any LogSink) -> [InterfaceName] {
        let setting = InterfaceSysctl.promoteSecondaries
        var changed: [InterfaceName] = []
        for interface in interfaces {
            do {
                guard try setting.value(on: interface) == 0 else { continue }
                try setting.set(1, on: interface)
                changed.append(interface)
            } catch {
                log.write(.error("cannot set promote_secondaries on \(interface): \(error)"))
            }
        }
        return changed
    }

    /// Clears the flag on the interfaces `enable` set.
    static func reset(_ interfaces: [InterfaceName], log: any LogSink) {
        for interface in interfaces {
            do {
                try InterfaceSysctl.promoteSecondaries.set(0, on: interface)
            } catch {
                log.write(.error("cannot reset promote_secondaries on \(interface): \(error)"))
            }
        }
    }
}
