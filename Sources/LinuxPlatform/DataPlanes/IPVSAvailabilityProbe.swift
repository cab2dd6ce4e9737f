import Runtime

/// What asking the kernel for the `IPVS` generic netlink family found (Docs/Keepalived.md §5).
public enum IPVSProbeOutcome: Sendable {
    /// IPVS answers and this build can program it.
    case available(any DataPlane, detail: String)
    /// The family resolves, but no driver for it was given to the service.
    case resolvedWithoutDriver(detail: String)
    /// No IPVS: the reason, e.g. the controller's ENOENT.
    case unavailable(reason: String)
}
