import Engine
import LinuxPlatform

extension VigilDaemon {
    /// The IPVS sync daemons' control when `lvs_sync_daemon` is configured; nil (with a warning)
    /// when the kernel has no IPVS, as keepalived cannot run the daemon there either.
    static func openSyncDaemons(_ assembly: Assembly, log: SwiftLogSink) -> IPVSSyncDaemonControl? {
        guard let daemon = assembly.engine.syncDaemon else { return nil }
        do {
            if let control = try IPVSSyncDaemonControl.open(log: log) { return control }
            log.write(
                .warning(
                    "lvs_sync_daemon on \(daemon.settings.interface) is not run: the kernel has no IPVS; the nftables "
                        + "data plane hashes flows alike on every director instead"))
        } catch {
            log.write(.warning("lvs_sync_daemon on \(daemon.settings.interface) is not run: \(error)"))
        }
        return nil
    }
}

extension VigilDaemon {
    /// How long the kernel's master sync thread may sit on a partly filled buffer (`IPVS_SYNC_FLUSH_TIME`,
    /// 2 s), plus a second for the connections' next packets.
    static let syncFlushAllowance: Duration = .seconds(3)

    /// `engine` with preemption held for one sync refresh round (issue 14 item 4,
    /// `EngineConfiguration.holdPreemption(forSyncRound:)`) when this namespace's IPVS re-sends
    /// connections on a timer: `sync_refresh_period` set and `sync_threshold`'s period 0. Otherwise
    /// unchanged, with a note that a fail-back loses what the interim master opened, as keepalived's does.
    static func holdingPreemptionForSyncRound(
        _ engine: EngineConfiguration, log: (LogRecord) -> Void
    ) -> EngineConfiguration {
        guard let daemon = engine.syncDaemon, daemon.instance != nil else { return engine }
        guard let tunables = IPVSSyncDaemonControl.refreshSettings(), tunables.refreshPeriod > .zero,
            tunables.syncPeriod == 0
        else {
            log(
                .info(
                    "lvs_sync_daemon: IPVS re-sends connections only on packet counts here, so a director that "
                        + "preempts back does not wait for them (set net.ipv4.vs.sync_refresh_period and "
                        + "sync_threshold '3 0' for a timed resync)"))
            return engine
        }
        var held = engine
        let round = tunables.refreshPeriod + syncFlushAllowance
        let names = held.holdPreemption(forSyncRound: round)
        if !names.isEmpty {
            log(
                .info(
                    "lvs_sync_daemon: \(names.joined(separator: ", ")) preempt(s) no sooner than \(round) after "
                        + "hearing a lower-priority master, one IPVS sync refresh round"))
        }
        return held
    }
}
