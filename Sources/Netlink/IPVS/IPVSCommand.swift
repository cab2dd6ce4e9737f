/// `IPVS_CMD_*` (linux/ip_vs.h): the commands of the generic netlink family `IPVS`
/// (Docs/Keepalived.md §5).
public enum IPVSCommand: UInt8, Hashable, Sendable, CaseIterable {
    case newService = 1
    case setService = 2
    case deleteService = 3
    case getService = 4
    case newDestination = 5
    case setDestination = 6
    case deleteDestination = 7
    case getDestination = 8
    case newDaemon = 9
    case deleteDaemon = 10
    case getDaemon = 11
    case setConfig = 12
    case getConfig = 13
    /// The kernel's answer to `getInfo`.
    case setInfo = 14
    case getInfo = 15
    case zero = 16
    case flush = 17

    /// The name `CTRL_CMD_GETFAMILY` resolves to the family's message type.
    public static let familyName = "IPVS"
    /// `IPVS_GENL_VERSION`, sent in every request's `genlmsghdr`.
    public static let version: UInt8 = 1
}
