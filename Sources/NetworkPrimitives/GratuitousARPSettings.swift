/// When a master announces its virtual addresses with gratuitous ARP / unsolicited NA
/// (keepalived `garp_master_*` and `garp_lower_prio_*`; RFC 5798 section 6.4.1 (3)). The config reads
/// the global `vrrp_garp_*` values into it, copies them into each instance, where `garp_*` overrides
/// them, and the VRRP state machine follows it.
public struct GratuitousARPSettings: Hashable, Sendable {
    /// `garp_master_delay`: delay before the second batch after becoming master; zero means no second batch.
    public var masterDelay: Duration
    /// `garp_master_repeat`: messages per address sent at once on becoming master, and again after `masterDelay`.
    public var masterRepeat: Int
    /// `garp_master_refresh`: period of refresh batches while master; zero means no refresh.
    public var masterRefresh: Duration
    /// `garp_master_refresh_repeat`: messages per address in each refresh batch.
    public var masterRefreshRepeat: Int
    /// `garp_lower_prio_delay`: delay before the second batch sent after hearing a lower priority; zero means none.
    public var lowerPriorityDelay: Duration
    /// `garp_lower_prio_repeat`: messages per address sent on hearing a lower priority while master; zero means none.
    public var lowerPriorityRepeat: Int

    /// Settings with keepalived's default for whatever is not given.
    public init(
        masterDelay: Duration = .seconds(5), masterRepeat: Int = 5, masterRefresh: Duration = .zero,
        masterRefreshRepeat: Int = 1, lowerPriorityDelay: Duration = .seconds(5), lowerPriorityRepeat: Int = 5
    ) {
        self.masterDelay = masterDelay
        self.masterRepeat = masterRepeat
        self.masterRefresh = masterRefresh
        self.masterRefreshRepeat = masterRefreshRepeat
        self.lowerPriorityDelay = lowerPriorityDelay
        self.lowerPriorityRepeat = lowerPriorityRepeat
    }

    /// keepalived's defaults: 5 now, 5 more after 5 s, no refresh; 5 + 5 on a lower priority.
    public static let keepalivedDefault = GratuitousARPSettings()
}
