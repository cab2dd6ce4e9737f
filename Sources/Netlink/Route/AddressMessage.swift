import NetworkPrimitives

/// An rtnetlink address message, `RTM_NEWADDR` / `RTM_DELADDR` / a `RTM_GETADDR` dump entry:
/// `struct ifaddrmsg` plus its `IFA_*` attributes.
///
/// ```
///  0        1          2       3       4                8
///  +--------+----------+-------+-------+----------------+-- ~ --+
///  | family | prefixlen| flags | scope | ifindex (u32)  | IFA_* |
///  +--------+----------+-------+-------+----------------+-- ~ --+
/// ```
public struct AddressMessage: Hashable, Sendable {
    static let fixedHeaderSize = 8

    public var family: AddressFamily
    public var prefixLength: UInt8
    /// `ifa_flags` merged with the `IFA_FLAGS` attribute.
    public var flags: AddressFlags
    public var scope: AddressScope
    public var interfaceIndex: InterfaceIndex
    /// `IFA_LOCAL`: the interface's own address (IPv4; absent on IPv6 dumps).
    public var local: IPAddress?
    /// `IFA_ADDRESS`: the peer on point-to-point links, else the address itself.
    public var address: IPAddress?
    /// `IFA_LABEL` (IPv4 only), e.g. `eth0:1`.
    public var label: String?
    /// `IFA_BROADCAST` (IPv4 only).
    public var broadcast: IPv4Address?
    /// `IFA_CACHEINFO`: lifetimes.
    public var cacheInfo: AddressCacheInfo?
    /// `IFA_PROTO` (Linux 5.18+): which program added the address.
    public var addressProtocol: UInt8?

    public init(
        family: AddressFamily, prefixLength: UInt8, flags: AddressFlags = [], scope: AddressScope = .universe,
        interfaceIndex: InterfaceIndex, local: IPAddress? = nil, address: IPAddress? = nil, label: String? = nil,
        broadcast: IPv4Address? = nil, cacheInfo: AddressCacheInfo? = nil, addressProtocol: UInt8? = nil
    ) {
        self.family = family
        self.prefixLength = prefixLength
        self.flags = flags
        self.scope = scope
        self.interfaceIndex = interfaceIndex
        self.local = local
        self.address = address
        self.label = label
        self.broadcast = broadcast
        self.cacheInfo = cacheInfo
        self.addressProtocol = addressProtocol
    }

    /// The interface's address: `IFA_LOCAL` when present, else `IFA_ADDRESS` (IPv6 sends only that).
    public var interfaceAddress: IPAddress? { local ?? address }

    /// The interface's address with its prefix length.
    public var prefix: IPPrefix? {
        interfaceAddress.map { IPPrefix(address: $0, length: Int(prefixLength)) }
    }
}
