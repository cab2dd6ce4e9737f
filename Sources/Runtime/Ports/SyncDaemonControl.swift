import Engine

/// The kernel's IPVS connection-sync daemons (`lvs_sync_daemon`).
public protocol SyncDaemonControl: Sendable {
    /// Starts or stops one daemon; stopping a daemon that is not running is not an error.
    func perform(_ command: SyncDaemonCommand) async throws
}
