/// An operator's maintenance request for one instance (`vigil ctl maintenance|resume`).
public enum VRRPMaintenance: Hashable, Sendable {
    /// Hand mastership over and stay BACKUP, never taking over, until `.leave`.
    case enter(VRRPHandover)
    /// Take part in elections again: a BACKUP restarts its Master_Down_Timer and preempts as configured.
    case leave
}
