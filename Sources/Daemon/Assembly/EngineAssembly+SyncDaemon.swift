import Engine
import KeepalivedConfig

extension EngineAssembly {
    /// `lvs_sync_daemon` as the engine drives it; the loader has already set the sync id.
    static func syncDaemon(_ daemon: LVSSyncDaemon) -> EngineSyncDaemon {
        EngineSyncDaemon(
            instance: daemon.instance,
            settings: SyncDaemonSettings(
                interface: daemon.interface, syncID: daemon.syncID ?? 0, maximumLength: daemon.maximumLength,
                port: daemon.port, ttl: daemon.ttl, group: daemon.group))
    }
}
