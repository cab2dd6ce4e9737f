/// `RTMGRP_*` multicast groups (linux/rtnetlink.h) as the `nl_groups` bit mask of `bind()`.
public struct RouteNetlinkGroup: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Link changes: `RTM_NEWLINK` / `RTM_DELLINK`.
    public static let link = RouteNetlinkGroup(rawValue: 0x1)
    /// IPv4 address changes.
    public static let ipv4Address = RouteNetlinkGroup(rawValue: 0x10)
    /// IPv6 address changes.
    public static let ipv6Address = RouteNetlinkGroup(rawValue: 0x100)
}
