extension VRRPCompletion {
    /// keepalived's `vrrp_complete_init`: the instance `lvs_sync_daemon` names must exist (otherwise
    /// the whole setting is dropped), and an unwritten sync id becomes the instance's VRID (0 without
    /// an instance).
    static func resolveSyncDaemon(_ configuration: inout KeepalivedConfiguration, context: inout ReadContext) {
        guard var daemon = configuration.globalDefinitions.lvs.syncDaemon else { return }
        if let name = daemon.instance {
            guard let instance = configuration.vrrpInstances.first(where: { $0.name == name }) else {
                if let location = daemon.location {
                    context.error(
                        "'lvs_sync_daemon' names VRRP instance '\(name)', which does not exist; the sync daemon "
                            + "is not run", at: location)
                }
                configuration.globalDefinitions.lvs.syncDaemon = nil
                return
            }
            daemon.syncID = daemon.syncID ?? instance.virtualRouterID
        } else {
            daemon.syncID = daemon.syncID ?? 0
        }
        configuration.globalDefinitions.lvs.syncDaemon = daemon
    }
}
