/// `IFA_F_*` (linux/if_addr.h). The low eight bits travel in `ifa_flags`; the full set in the
/// `IFA_FLAGS` attribute.
public struct AddressFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let secondary = AddressFlags(rawValue: 0x01)
    /// Skip duplicate address detection (IPv6), so the address is usable at once.
    public static let noDAD = AddressFlags(rawValue: 0x02)
    public static let optimistic = AddressFlags(rawValue: 0x04)
    public static let dadFailed = AddressFlags(rawValue: 0x08)
    public static let homeAddress = AddressFlags(rawValue: 0x10)
    public static let deprecated = AddressFlags(rawValue: 0x20)
    public static let tentative = AddressFlags(rawValue: 0x40)
    public static let permanent = AddressFlags(rawValue: 0x80)
    public static let manageTemporaryAddress = AddressFlags(rawValue: 0x100)
    public static let noPrefixRoute = AddressFlags(rawValue: 0x200)
    public static let multicastAutoJoin = AddressFlags(rawValue: 0x400)
    public static let stablePrivacy = AddressFlags(rawValue: 0x800)
}
