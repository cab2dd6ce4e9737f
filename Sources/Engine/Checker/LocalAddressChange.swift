/// What the host's addresses did, as rtnetlink reports it; `ha_suspend` follows it
/// (`CheckerEngine.Event.localAddresses`).
public enum LocalAddressChange: Hashable, Sendable {
    /// Every address the host has now: at start, and after notifications were lost.
    case listed([LocalAddress])
    /// `RTM_NEWADDR`.
    case added(LocalAddress)
    /// `RTM_DELADDR`.
    case removed(LocalAddress)
}
