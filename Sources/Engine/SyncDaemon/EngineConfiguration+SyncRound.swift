extension EngineConfiguration {
    /// Issue 14 item 4, a Vigil addition to keepalived's behaviour: a director that comes back with
    /// the higher priority must hold the connections the interim master opened before it takes the
    /// VIPs back, and the kernel's sync has no bulk resync, only each active connection re-sent once
    /// per `net.ipv4.vs.sync_refresh_period`. So the instance `lvs_sync_daemon` follows, and the rest
    /// of its sync group, preempt no sooner than `round` (one refresh period plus the sync thread's
    /// flush) after they first hear the lower-priority master: their `preempt_delay` is raised to
    /// `round` where it is shorter. Instances that do not preempt, and address owners, are left alone.
    /// Returns the names of the instances changed.
    public mutating func holdPreemption(forSyncRound round: Duration) -> [String] {
        guard let name = syncDaemon?.instance, round > .zero else { return [] }
        let group = syncGroups.first { $0.vrrp.members.contains(name) }
        let members = Set(group?.vrrp.members ?? [name])
        var held: [String] = []
        for index in instances.indices where members.contains(instances[index].name) {
            let vrrp = instances[index].vrrp
            guard vrrp.preempt, !vrrp.isAddressOwner, vrrp.preemptDelay < round else { continue }
            instances[index].vrrp.preemptDelay = round
            held.append(vrrp.name)
        }
        return held
    }
}
