import NetworkPrimitives

/// A MASTER in the middle of a make-before-break handover (Docs/Handover.md): it advertises priority 0,
/// keeps its addresses, and waits for a successor's advert or for `deadline`.
public struct VRRPHandoverProgress: Hashable, Sendable {
    /// What the instance becomes once it has released its addresses.
    public enum Purpose: Hashable, Sendable {
        /// `vigil ctl maintenance`: BACKUP, in maintenance.
        case maintenance
        /// An orderly stop: INIT, with the STOP notification.
        case shutdown
    }

    public var purpose: Purpose
    /// Master_Down_Interval after the handover began: the addresses are released then, successor or not.
    public var deadline: MonotonicInstant

    public init(purpose: Purpose, deadline: MonotonicInstant) {
        self.purpose = purpose
        self.deadline = deadline
    }
}
