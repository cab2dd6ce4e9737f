/// `lvs_sync_daemon` as the VRRP engine drives it: the settings, and the instance whose state the
/// daemons follow (none: both daemons run for as long as the engine does).
public struct EngineSyncDaemon: Hashable, Sendable {
    public var instance: String?
    public var settings: SyncDaemonSettings

    public init(instance: String?, settings: SyncDaemonSettings) {
        self.instance = instance
        self.settings = settings
    }
}
