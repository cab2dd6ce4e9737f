/// `nlmsg_flags` (linux/netlink.h). The same bits mean different things in requests of different
/// kinds, so both names are given where the kernel reuses them.
public struct NetlinkMessageFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt16

    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let request = NetlinkMessageFlags(rawValue: 0x01)
    public static let multipart = NetlinkMessageFlags(rawValue: 0x02)
    public static let acknowledge = NetlinkMessageFlags(rawValue: 0x04)
    public static let echo = NetlinkMessageFlags(rawValue: 0x08)
    public static let dumpInterrupted = NetlinkMessageFlags(rawValue: 0x10)
    public static let dumpFiltered = NetlinkMessageFlags(rawValue: 0x20)

    // GET requests.
    public static let root = NetlinkMessageFlags(rawValue: 0x100)
    public static let match = NetlinkMessageFlags(rawValue: 0x200)
    public static let atomic = NetlinkMessageFlags(rawValue: 0x400)
    public static let dump: NetlinkMessageFlags = [.root, .match]

    // NEW requests.
    public static let replace = NetlinkMessageFlags(rawValue: 0x100)
    public static let exclusive = NetlinkMessageFlags(rawValue: 0x200)
    public static let create = NetlinkMessageFlags(rawValue: 0x400)
    public static let append = NetlinkMessageFlags(rawValue: 0x800)

    // NLMSG_ERROR replies.
    /// The echoed request was cut to its header.
    public static let capped = NetlinkMessageFlags(rawValue: 0x100)
    /// Extended-ack attributes follow the echoed request.
    public static let acknowledgementTLVs = NetlinkMessageFlags(rawValue: 0x200)
}
