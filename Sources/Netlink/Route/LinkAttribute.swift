/// `IFLA_*` attribute types of an `ifinfomsg` (linux/if_link.h) that this project reads or sends.
public enum LinkAttribute {
    public static let address: UInt16 = 1
    public static let broadcast: UInt16 = 2
    public static let name: UInt16 = 3
    public static let mtu: UInt16 = 4
    public static let link: UInt16 = 5
    public static let master: UInt16 = 10
    public static let operationalState: UInt16 = 16
    public static let linkMode: UInt16 = 17
    public static let extendedMask: UInt16 = 29
    public static let carrier: UInt16 = 33

    /// `RTEXT_FILTER_SKIP_STATS` for `IFLA_EXT_MASK`: leave the statistics out of replies.
    public static let skipStatisticsMask: UInt32 = 1 << 3
}
