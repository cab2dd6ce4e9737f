import Glibc
import Netlink

/// What applying one change did; every case leaves the kernel as the change wanted it.
public enum IPVSChangeOutcome: Hashable, Sendable {
    /// The kernel carried out the request.
    case applied
    /// The kernel already matched: `EEXIST` on an add, `ENOENT`/`ESRCH` on a removal
    /// (Docs/Keepalived.md §4.4; the kernel answers `ESRCH` for a missing service).
    case alreadyInState
    /// `SET_DEST` answered `ENOENT`, so the destination was added with `NEW_DEST` instead (§4.4).
    case addedMissingDestination

    /// Whether keepalived treats `errno` for `request` as success.
    static func tolerates(_ errno: Int32, for request: IPVSRequest) -> Bool {
        switch request {
        case .newService, .newDestination: errno == EEXIST
        case .deleteService, .deleteDestination: errno == ENOENT || errno == ESRCH
        case .setService, .setDestination, .flush, .getInfo, .dumpServices, .dumpDestinations, .startDaemon,
            .stopDaemon, .setTimeouts, .getTimeouts:
            false
        }
    }
}
