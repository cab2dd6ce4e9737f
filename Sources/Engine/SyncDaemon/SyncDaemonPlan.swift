import VRRP

/// The pure rule behind `lvs_sync_daemon` (keepalived 2.2.7, Docs/Keepalived.md §5): which sync
/// daemons run for an instance state, and the commands that get from the running ones there.
public enum SyncDaemonPlan {
    /// The daemons `daemon` wants while its instance is in `state`: the master daemon while MASTER,
    /// the backup daemon in every other state (keepalived starts it at start-up and on leaving
    /// MASTER, and leaves it running in FAULT); without an instance, both; none once the engine is
    /// stopping or when the instance is unknown.
    public static func roles(
        for daemon: EngineSyncDaemon, instanceState state: VRRPState?, stopping: Bool
    ) -> [SyncDaemonRole] {
        if stopping { return [] }
        guard daemon.instance != nil else { return [.master, .backup] }
        switch state {
        case nil: return []
        case .master: return [.master]
        case .backup, .fault, .initialize: return [.backup]
        }
    }

    /// Stops first, then starts (keepalived's order: the kernel runs one daemon per role, and a
    /// director turning master stops receiving before it sends).
    public static func commands(
        from running: [SyncDaemonRole], to wanted: [SyncDaemonRole], settings: SyncDaemonSettings
    ) -> [SyncDaemonCommand] {
        let stops = running.filter { !wanted.contains($0) }.map { SyncDaemonCommand(.stop, $0, settings) }
        let starts = wanted.filter { !running.contains($0) }.map { SyncDaemonCommand(.start, $0, settings) }
        return stops + starts
    }
}
