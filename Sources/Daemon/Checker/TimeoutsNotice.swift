import KeepalivedConfig

/// What `vigil check` says about `lvs_timeouts` where IPVS is missing: the timeouts are IPVS's own
/// connection table settings, and the nftables data plane, Vigil's fallback, does not set them.
public enum TimeoutsNotice {
    /// One GCC-style warning when `lvs_timeouts` is set and this kernel has no IPVS; none otherwise.
    public static func lines(_ configuration: KeepalivedConfiguration, ipvsAvailable: Bool) -> [String] {
        let lvs = configuration.globalDefinitions.lvs
        guard !ipvsAvailable, lvs.tcpTimeout != nil || lvs.tcpFinTimeout != nil || lvs.udpTimeout != nil else {
            return []
        }
        return [
            "warning: lvs_timeouts is not supported on nftables, and this kernel has no IPVS: connections keep "
                + "the kernel's conntrack timeouts"
        ]
    }
}
