import NetworkPrimitives

/// One line of `virtual_ipaddress`, `virtual_ipaddress_excluded` or `static_ipaddress`:
/// `ADDR[/LEN] [brd ADDR|+|-] [dev IF] [scope S] [label L] [peer ADDR] [home] [-nodad] ...`
/// (Docs/Keepalived.md §2.3, vrrp_instance; section 3.13 for how it is installed).
public struct VirtualIPAddress: Hashable, Sendable {
    /// The address with its prefix length; /32 or /128 when none was written (Docs/Keepalived.md §7.9).
    public var prefix: IPPrefix
    public var broadcast: Broadcast?
    /// `dev IF`; `nil` means the instance's interface.
    public var device: InterfaceName?
    /// `scope NAME|NUMBER` (IPv4 only), as written.
    public var scope: String?
    /// `label L` (IPv4 only), e.g. `eth0:1`.
    public var label: String?
    /// `peer ADDR[/LEN]`: a point-to-point peer; its length replaces the address's.
    public var peer: IPPrefix?
    /// `home`: IFA_F_HOMEADDRESS (IPv6 mobility).
    public var home: Bool
    /// False when `-nodad` was written: keepalived then lets the kernel run DAD on IPv6 VIPs.
    public var skipsDuplicateAddressDetection: Bool
    /// `mngtmpaddr`: IFA_F_MANAGETEMPADDR.
    public var managesTemporaryAddresses: Bool
    /// `noprefixroute`: IFA_F_NOPREFIXROUTE.
    public var noPrefixRoute: Bool
    /// `autojoin`: IFA_F_MCAUTOJOIN.
    public var autoJoin: Bool
    /// False when `no_track` was written: deleting this address externally then does not demote the master.
    public var tracked: Bool
    /// `preferred_lft N|forever`; `nil` means keepalived's default (0 for /128 IPv6 VIPs, forever otherwise).
    public var preferredLifetime: PreferredLifetime?
    /// `track_group NAME` (static addresses only).
    public var trackGroup: String?
    public var location: SourceLocation

    /// The `brd` option.
    public enum Broadcast: Hashable, Sendable {
        case address(IPv4Address)
        /// `brd +`: all host bits set.
        case allHostBitsSet
        /// `brd -`: all host bits clear.
        case allHostBitsClear
    }

    /// The `preferred_lft` option.
    public enum PreferredLifetime: Hashable, Sendable {
        case forever
        case seconds(UInt32)
    }

    public init(prefix: IPPrefix, location: SourceLocation) {
        self.prefix = prefix
        self.location = location
        home = false
        skipsDuplicateAddressDetection = true
        managesTemporaryAddresses = false
        noPrefixRoute = false
        autoJoin = false
        tracked = true
    }

    public var address: IPAddress { prefix.address }
    public var family: AddressFamily { prefix.family }
}
