import NetworkPrimitives

/// An rtnetlink link message, `RTM_NEWLINK` / `RTM_DELLINK` / a `RTM_GETLINK` reply: `struct
/// ifinfomsg` plus the `IFLA_*` attributes this project reads.
///
/// ```
///  0        1      2          4               8               12              16
///  +--------+------+----------+---------------+---------------+---------------+-- ~ ---+
///  | family | pad  | type u16 | index (s32)   | flags (u32)   | change (u32)  | IFLA_* |
///  +--------+------+----------+---------------+---------------+---------------+-- ~ ---+
/// ```
public struct LinkMessage: Hashable, Sendable {
    static let fixedHeaderSize = 16

    public var family: UInt8
    /// `ARPHRD_*` device type (1 = Ethernet).
    public var deviceType: UInt16
    public var index: InterfaceIndex
    public var flags: InterfaceFlags
    /// Which flags changed (notifications).
    public var change: UInt32
    /// `IFLA_IFNAME`.
    public var name: String?
    /// `IFLA_MTU`.
    public var mtu: UInt32?
    /// `IFLA_ADDRESS` when it is six bytes long (Ethernet and friends).
    public var hardwareAddress: MACAddress?
    /// `IFLA_OPERSTATE`.
    public var operationalState: OperationalState?
    /// `IFLA_CARRIER`.
    public var carrier: Bool?
    /// `IFLA_MASTER`: the bridge or bond this link is enslaved to.
    public var master: InterfaceIndex?

    public init(
        family: UInt8 = 0, deviceType: UInt16 = 0, index: InterfaceIndex, flags: InterfaceFlags = [],
        change: UInt32 = 0, name: String? = nil, mtu: UInt32? = nil, hardwareAddress: MACAddress? = nil,
        operationalState: OperationalState? = nil, carrier: Bool? = nil, master: InterfaceIndex? = nil
    ) {
        self.family = family
        self.deviceType = deviceType
        self.index = index
        self.flags = flags
        self.change = change
        self.name = name
        self.mtu = mtu
        self.hardwareAddress = hardwareAddress
        self.operationalState = operationalState
        self.carrier = carrier
        self.master = master
    }

    /// `IFF_UP` and `IFF_RUNNING` both set: keepalived's test for a usable interface (section 3.16).
    public var isUpAndRunning: Bool { flags.isSuperset(of: [.up, .running]) }
}
