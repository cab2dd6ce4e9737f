/// The `global_defs { }` block(s); several blocks accumulate (Docs/Keepalived.md §2.3, global_defs).
public struct GlobalDefinitions: Hashable, Sendable {
    /// `router_id` (or the legacy `lvs_id`); `nil` means the local hostname.
    public var routerID: String?
    public var email: EmailSettings
    public var vrrp: GlobalVRRPSettings
    public var scripts: ScriptSettings
    public var fifos: NotifyFIFOSettings
    public var lvs: GlobalLVSSettings
    /// `checker_log_all_failures`.
    public var checkerLogAllFailures: Bool
    /// `vrrp_rt_priority`, `vrrp_cpu_affinity`, `vrrp_rlimit_rttime`, `vrrp_no_swap`, `vrrp_priority`.
    public var vrrpScheduling = ProcessScheduling()
    /// `checker_rt_priority`, `checker_cpu_affinity`, `checker_rlimit_rttime`, `checker_no_swap`,
    /// `checker_priority`.
    public var checkerScheduling = ProcessScheduling()

    public init() {
        email = EmailSettings()
        vrrp = GlobalVRRPSettings()
        scripts = ScriptSettings()
        fifos = NotifyFIFOSettings()
        lvs = GlobalLVSSettings()
        checkerLogAllFailures = false
    }
}
