import VRRP

/// Something keepalived may send an SMTP alert about (Docs/Keepalived.md §6.4). Each case carries the
/// object's resolved `smtp_alert` switch: instances and groups default off, real servers on.
public enum AlertEvent: Hashable, Sendable {
    /// A VRRP instance entered a state (after its notify scripts and FIFO line, Docs/Keepalived.md §6.3).
    case instance(name: String, state: VRRPNotifyState, smtpAlert: Bool)
    /// A sync group entered a state.
    case syncGroup(name: String, state: VRRPNotifyState, smtpAlert: Bool)
    /// A checker of a real server changed state.
    case realServer(RealServerAlert)
    /// A virtual server gained or lost quorum.
    case virtualServerQuorum(VirtualServerQuorumAlert)
}
