/// An IPVS scheduler (`lb_algo` / `lvs_sched`); keepalived's default is `wlc`.
public enum LVSScheduler: String, Hashable, Sendable, CaseIterable {
    case roundRobin = "rr"
    case weightedRoundRobin = "wrr"
    case leastConnection = "lc"
    case weightedLeastConnection = "wlc"
    case localityBasedLeastConnection = "lblc"
    case sourceHashing = "sh"
    case maglevHashing = "mh"
    case destinationHashing = "dh"
    case weightedFailover = "fo"
    case weightedOverflow = "ovf"
    case localityBasedLeastConnectionWithReplication = "lblcr"
    case shortestExpectedDelay = "sed"
    case neverQueue = "nq"
    case weightedRandomTwoChoices = "twos"
}
