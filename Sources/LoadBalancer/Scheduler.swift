/// An IPVS scheduler (`lb_algo` / `lvs_sched`); the raw value is the kernel's name.
public enum Scheduler: String, Hashable, Sendable, CaseIterable {
    case roundRobin = "rr"
    case weightedRoundRobin = "wrr"
    case leastConnection = "lc"
    case weightedLeastConnection = "wlc"
    case localityBasedLeastConnection = "lblc"
    case localityBasedLeastConnectionWithReplication = "lblcr"
    case destinationHashing = "dh"
    case sourceHashing = "sh"
    case shortestExpectedDelay = "sed"
    case neverQueue = "nq"
    case maglevHashing = "mh"
    case weightedFailover = "fo"
    case weightedOverflow = "ovf"
    case randomTwoChoices = "twos"

    /// keepalived's default when `lb_algo` is missing.
    public static let keepalivedDefault = Scheduler.weightedLeastConnection
}
