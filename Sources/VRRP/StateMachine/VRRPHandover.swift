/// How a MASTER that steps down on purpose (maintenance, an orderly stop) hands its addresses over.
public enum VRRPHandover: Hashable, Sendable {
    /// Break before make, as RFC 5798 section 6.4.3 words a shutdown: one priority-0 advert, the addresses
    /// removed at once; the backup takes over after its Skew_Time, and clients lose that time.
    case priorityZero
    /// Make before break (Docs/Handover.md): the same priority-0 advert, repeated every advert interval,
    /// but the addresses stay until a successor's advert shows it has taken over, or until
    /// Master_Down_Interval has passed without one. Nothing but RFC 5798 adverts goes on the wire.
    case makeBeforeBreak
}
