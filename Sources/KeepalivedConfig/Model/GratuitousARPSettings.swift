/// When a master sends gratuitous ARPs / unsolicited NAs (reference section 3.12): the global
/// `vrrp_garp_*` values, copied into each instance when it is read and overridable there with `garp_*`.
public struct GratuitousARPSettings: Hashable, Sendable {
    /// `garp_master_delay`: delay of the second batch after becoming master (0 = no second batch).
    public var masterDelay: Duration
    /// `garp_master_repeat`: messages per address in each batch.
    public var masterRepeat: Int
    /// `garp_master_refresh`: period of refresh batches while master (0 = off).
    public var masterRefresh: Duration
    /// `garp_master_refresh_repeat`: messages per address in each refresh.
    public var masterRefreshRepeat: Int
    /// `garp_lower_prio_delay`: second batch after hearing a lower-priority advert.
    public var lowerPriorityDelay: Duration
    /// `garp_lower_prio_repeat`: messages per address when hearing a lower-priority advert.
    public var lowerPriorityRepeat: Int

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

    /// keepalived's defaults: 5 messages at takeover and 5 more after 5 s, no refresh.
    public static let keepalivedDefault = GratuitousARPSettings()
}
