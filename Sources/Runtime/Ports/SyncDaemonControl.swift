import Engine

/// The kernel's IPVS connection-sync daemons (`lvs_sync_daemon`).
public protocol SyncDaemonControl: Sendable {
    /// Queues one start or stop and returns at once: commands are carried out in the order given,
    /// off the caller's thread (stopping a kernel sync thread can take seconds, which must not delay
    /// adverts), and each outcome is logged. Stopping a daemon that is not running is not an error.
    func submit(_ command: SyncDaemonCommand)
}
