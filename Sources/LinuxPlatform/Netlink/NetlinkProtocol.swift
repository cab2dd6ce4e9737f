/// A netlink protocol family (linux/netlink.h), the third argument of `socket(AF_NETLINK, ...)`.
public struct NetlinkProtocol: RawRepresentable, Hashable, Sendable {
    public var rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// `NETLINK_ROUTE`: links, addresses, routes (rtnetlink).
    public static let route = NetlinkProtocol(rawValue: 0)
    /// `NETLINK_NETFILTER`: nf_tables.
    public static let netfilter = NetlinkProtocol(rawValue: 12)
    /// `NETLINK_GENERIC`: generic netlink families such as IPVS.
    public static let generic = NetlinkProtocol(rawValue: 16)
}
