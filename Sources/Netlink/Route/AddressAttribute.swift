/// `IFA_*` attribute types of an `ifaddrmsg` (linux/if_addr.h).
public enum AddressAttribute {
    public static let address: UInt16 = 1
    public static let local: UInt16 = 2
    public static let label: UInt16 = 3
    public static let broadcast: UInt16 = 4
    public static let anycast: UInt16 = 5
    public static let cacheInfo: UInt16 = 6
    public static let multicast: UInt16 = 7
    public static let flags: UInt16 = 8
    public static let routePriority: UInt16 = 9
    public static let targetNetNSID: UInt16 = 10
    public static let addressProtocol: UInt16 = 11
}
