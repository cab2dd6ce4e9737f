/// Per-instance advert handling switches (Docs/Keepalived.md §3.3, §3.5, §3.9, §3.7).
public struct VRRPAdvertisementOptions: Hashable, Sendable {
    /// `down_timer_adverts` (1...100): the master-down multiplier, 3 by default.
    public var downTimerAdverts: Int
    /// `lower_prio_no_advert`: a master does not answer a lower-priority advert.
    public var lowerPriorityNoAdvert: Bool
    /// `higher_prio_send_advert`: a master sends one advert before yielding.
    public var higherPrioritySendAdvert: Bool
    /// `owner_ignore_adverts`: a priority-255 instance drops received adverts.
    public var ownerIgnoresAdverts: Bool
    /// `skip_check_adv_addr`: skip the VIP list check for adverts from the same master.
    public var skipCheckAdvertAddresses: Bool
    /// `v3_checksum_as_v2`: VRRPv3 over IPv4 without the pseudo-header.
    public var v3ChecksumAsV2: Bool
    /// `timer_expired_backup [PRIO]`: revert to backup after running late (needs `nopreempt`).
    public var timerExpiredBackupPriority: UInt8?

    public init() {
        downTimerAdverts = 3
        lowerPriorityNoAdvert = false
        higherPrioritySendAdvert = false
        ownerIgnoresAdverts = false
        skipCheckAdvertAddresses = false
        v3ChecksumAsV2 = false
    }
}
