extension VRRPEngine {
    /// Before the instances start: stop whatever sync daemons a previous run left behind (a crashed
    /// director's master daemon would otherwise keep multicasting once its links are back), then
    /// start the ones wanted now. keepalived's checker does the same clean-up when it runs the
    /// daemons without an instance; its VRRP process does not (Docs/Modules/IPVS.md, "Connection sync").
    mutating func syncDaemonStartEffects() -> [EngineEffect] {
        guard let daemon = configuration.syncDaemon else { return [] }
        syncDaemonRoles = []
        let cleanup = SyncDaemonRole.allCases.map {
            EngineEffect.syncDaemon(SyncDaemonCommand(.stop, $0, daemon.settings))
        }
        return cleanup + followSyncDaemon()
    }

    /// The commands that bring the running sync daemons to what the named instance's state wants.
    mutating func followSyncDaemon() -> [EngineEffect] {
        guard let daemon = configuration.syncDaemon else { return [] }
        let wanted = SyncDaemonPlan.roles(
            for: daemon, instanceState: daemon.instance.flatMap { router.state(of: $0) }, stopping: isStopping)
        let commands = SyncDaemonPlan.commands(from: syncDaemonRoles, to: wanted, settings: daemon.settings)
        syncDaemonRoles = wanted
        return commands.map { .syncDaemon($0) }
    }

    /// A transition of `name`: the sync daemons follow it when `lvs_sync_daemon` names the instance.
    mutating func followSyncDaemon(afterTransitionOf name: String) -> [EngineEffect] {
        guard let daemon = configuration.syncDaemon, daemon.instance == name else { return [] }
        return followSyncDaemon()
    }

    /// Stops every running daemon with `settings` (the previous ones on a reload that changed them).
    mutating func stopSyncDaemons(settings: SyncDaemonSettings) -> [EngineEffect] {
        let commands = SyncDaemonPlan.commands(from: syncDaemonRoles, to: [], settings: settings)
        syncDaemonRoles = []
        return commands.map { .syncDaemon($0) }
    }
}
