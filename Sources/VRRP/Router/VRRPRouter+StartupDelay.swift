import NetworkPrimitives

extension VRRPRouter {
    /// `vrrp_startup_delay`: called before `.start`; until `instant` no instance leaves BACKUP on
    /// its own timer (keepalived's `vrrp_delayed_start_time`). Instances still hear adverts.
    public mutating func holdStartup(until instant: MonotonicInstant) {
        for index in machines.indices { machines[index].startupHold = instant }
    }
}
