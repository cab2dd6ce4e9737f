/// An operator's maintenance request for one instance (`vigil ctl maintenance|resume`).
public enum VRRPMaintenance: Hashable, Sendable {
    /// Hand mastership over and stay BACKUP, never taking over, until `.leave`.
    case enter(VRRPHandover)
    /// Take part in elections again: a BACKUP restarts its Master_Down_Timer and preempts as configured.
    case leave
}

/// How a MASTER entering maintenance hands its addresses over.
public enum VRRPHandover: Hashable, Sendable {
    /// As on a graceful stop (RFC 5798 section 6.4.3): one priority-0 advert, the addresses removed at
    /// once; the backup takes over after its Skew_Time. Other ways of handing over (a make-before-break
    /// handover that waits for the backup's first advert) are further cases of this enum.
    case priorityZero
}
