/// `nlmsg_type`: the control types of linux/netlink.h plus the rtnetlink and generic netlink
/// types this project uses; any other value is kept as is.
public struct NetlinkMessageType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt16

    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let noop = NetlinkMessageType(rawValue: 1)
    public static let error = NetlinkMessageType(rawValue: 2)
    public static let done = NetlinkMessageType(rawValue: 3)
    public static let overrun = NetlinkMessageType(rawValue: 4)

    public static let newLink = NetlinkMessageType(rawValue: 16)
    public static let deleteLink = NetlinkMessageType(rawValue: 17)
    public static let getLink = NetlinkMessageType(rawValue: 18)
    public static let newAddress = NetlinkMessageType(rawValue: 20)
    public static let deleteAddress = NetlinkMessageType(rawValue: 21)
    public static let getAddress = NetlinkMessageType(rawValue: 22)
    public static let newRoute = NetlinkMessageType(rawValue: 24)
    public static let deleteRoute = NetlinkMessageType(rawValue: 25)
    public static let newRule = NetlinkMessageType(rawValue: 32)
    public static let deleteRule = NetlinkMessageType(rawValue: 33)

    /// `GENL_ID_CTRL`, the generic netlink controller family (linux/genetlink.h).
    public static let genericControl = NetlinkMessageType(rawValue: 16)

    public var description: String {
        switch rawValue {
        case 1: "NLMSG_NOOP"
        case 2: "NLMSG_ERROR"
        case 3: "NLMSG_DONE"
        case 4: "NLMSG_OVERRUN"
        default: "\(rawValue)"
        }
    }
}
