import KeepalivedConfig

extension KeepalivedConfiguration {
    /// The part of the configuration `subsystems` runs: `-P` drops the virtual servers, `-C` the VRRP
    /// instances, their sync groups and tracking scripts, as keepalived's VRRP-only and checker-only
    /// processes each read only their own blocks.
    func restricted(to subsystems: DaemonSubsystems) -> KeepalivedConfiguration {
        var configuration = self
        if !subsystems.runsCheckers {
            configuration.virtualServers = []
            configuration.virtualServerGroups = []
        }
        if !subsystems.runsVRRP {
            configuration.vrrpInstances = []
            configuration.vrrpSyncGroups = []
            configuration.vrrpScripts = []
            configuration.trackFiles = []
        }
        return configuration
    }
}
