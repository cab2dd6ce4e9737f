import NetworkPrimitives

/// A virtual address as installed on an interface by `RTM_NEWADDR` (Docs/Keepalived.md §3.13).
public struct VirtualAddress: Hashable, Sendable, CustomStringConvertible {
    /// The address and its prefix length (/32 or /128 when the configuration gave none).
    public var prefix: IPPrefix
    public var interface: InterfaceName
    /// `brd`: the IPv4 broadcast address, if one was configured.
    public var broadcast: IPv4Address?
    /// `peer`: the other end of a point-to-point address.
    public var peer: IPPrefix?
    /// The rtnetlink scope number (0 = global, 253 = link, 254 = host).
    public var scope: UInt8
    /// The IPv4 label (`eth0:1`); IPv6 has none.
    public var label: String?
    /// IPv6 addresses are installed with IFA_F_NODAD unless `-nodad` was given.
    public var skipsDuplicateAddressDetection: Bool
    /// IPv6 /128 VIPs are installed deprecated (preferred lifetime 0) so they are never chosen as a source.
    public var isDeprecated: Bool
    /// `noprefixroute`: the kernel adds no route for the prefix.
    public var addsPrefixRoute: Bool

    public init(
        prefix: IPPrefix, interface: InterfaceName, broadcast: IPv4Address? = nil, peer: IPPrefix? = nil,
        scope: UInt8 = 0, label: String? = nil, skipsDuplicateAddressDetection: Bool? = nil,
        isDeprecated: Bool? = nil, addsPrefixRoute: Bool = true
    ) {
        self.prefix = prefix
        self.interface = interface
        self.broadcast = broadcast
        self.peer = peer
        self.scope = scope
        self.label = label
        let isIPv6 = prefix.family == .inet6
        self.skipsDuplicateAddressDetection = skipsDuplicateAddressDetection ?? isIPv6
        self.isDeprecated = isDeprecated ?? (isIPv6 && prefix.length == 128)
        self.addsPrefixRoute = addsPrefixRoute
    }

    public var address: IPAddress { prefix.address }

    public var description: String { "\(prefix) dev \(interface)" }
}
