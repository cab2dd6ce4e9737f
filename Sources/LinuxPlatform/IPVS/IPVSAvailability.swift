/// Whether the kernel offers IPVS; the daemon falls back to nftables when it does not.
public enum IPVSAvailability: Sendable {
    case available(IPVSDataPlane)
    /// The controller does not know the `IPVS` family (`CONFIG_IP_VS` unset or `ip_vs` not loaded).
    case unavailable
}
