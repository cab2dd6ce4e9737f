/// How a MASTER entering maintenance hands its addresses over.
public enum VRRPHandover: Hashable, Sendable {
    /// As on a graceful stop (RFC 5798 section 6.4.3): one priority-0 advert, the addresses removed at
    /// once; the backup takes over after its Skew_Time. Other ways of handing over (a make-before-break
    /// handover that waits for the backup's first advert) are further cases of this enum.
    case priorityZero
}
