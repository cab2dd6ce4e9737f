/// Ethernet pads frames shorter than 60 bytes (without FCS); a receiver may see those zero bytes
/// after the IP payload. keepalived tolerates them (Docs/Keepalived.md §3.5 step 2): the IP-layer buffer is
/// at most 60 - 14 = 46 bytes, and the pad is 46 - length less any 4-byte VLAN tags, so only its
/// length modulo 4 can be checked.
public enum EthernetPadding {
    /// The most IP-layer bytes a padded frame can deliver.
    public static let maximumPaddedLength = 46

    /// True when `received` bytes are `expected` bytes followed by plausible Ethernet padding.
    public static func isTolerated(expected: Int, received: Int) -> Bool {
        expected < received && received <= maximumPaddedLength
            && (received - expected) % 4 == maximumPaddedLength % 4
    }
}
