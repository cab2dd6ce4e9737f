import KeepalivedConfig

extension KeepalivedConfiguration {
    /// The part of the configuration `subsystems` runs: `-P` drops the virtual servers, `-C` the VRRP
    /// instances, their sync groups and tracking scripts, as keepalived's VRRP-only and checker-only
    /// processes each read only their own blocks. `vigil_bgp` belongs to the checkers, with the
    /// `vrrp_script`s its announcements track.
    func restricted(to subsystems: DaemonSubsystems) -> KeepalivedConfiguration {
        var configuration = self
        if !subsystems.runsCheckers {
            configuration.virtualServers = []
            configuration.virtualServerGroups = []
            configuration.bgp = nil
        }
        if !subsystems.runsVRRP {
            configuration.vrrpInstances = []
            configuration.vrrpSyncGroups = []
            let routeScripts = Set(bgp?.announcements.flatMap { $0.trackScripts.map(\.name) } ?? [])
            configuration.vrrpScripts = subsystems.runsCheckers ? vrrpScripts.filter { routeScripts.contains($0.name) } : []
            configuration.trackFiles = []
        }
        return configuration
    }
}
