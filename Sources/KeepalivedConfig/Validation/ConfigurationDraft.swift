/// A configuration while it is being read: finished blocks go straight into `configuration`; VRRP
/// instances, sync groups and virtual servers wait for the end of the file, because keepalived
/// completes them after parsing, with the final `global_defs` values (Docs/Keepalived.md §1.3).
struct ConfigurationDraft {
    var configuration = KeepalivedConfiguration()
    var instances: [VRRPInstanceDraft] = []
    var syncGroups: [VRRPSyncGroupDraft] = []
    var virtualServers: [VirtualServerDraft] = []
    /// Every `vrrp_instance` name written, valid or not, so sync groups do not report them as missing.
    var instanceNames: Set<String> = []
}
