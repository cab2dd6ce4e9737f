import Engine
import LinuxPlatform

extension VigilDaemon {
    /// The IPVS sync daemons' control when `lvs_sync_daemon` is configured; nil (with a warning)
    /// when the kernel has no IPVS, as keepalived cannot run the daemon there either.
    static func openSyncDaemons(_ assembly: Assembly, log: SwiftLogSink) -> IPVSSyncDaemonControl? {
        guard let daemon = assembly.engine.syncDaemon else { return nil }
        do {
            if let control = try IPVSSyncDaemonControl.open() { return control }
            log.write(.warning("lvs_sync_daemon on \(daemon.settings.interface) is not run: the kernel has no IPVS"))
        } catch {
            log.write(.warning("lvs_sync_daemon on \(daemon.settings.interface) is not run: \(error)"))
        }
        return nil
    }
}
