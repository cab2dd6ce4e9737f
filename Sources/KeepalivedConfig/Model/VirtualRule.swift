import NetworkPrimitives

/// One line of `virtual_rules` or `static_rules`, in `ip rule` syntax (Docs/Keepalived.md §2.3).
public struct VirtualRule: Hashable, Sendable {
    /// `from PREFIX|all`; `nil` means all.
    public var from: IPPrefix?
    /// `to PREFIX|all`; `nil` means all.
    public var to: IPPrefix?
    /// `table ID|NAME` (also `lookup`).
    public var table: String?
    /// `preference N` (also `priority`, `order`); keepalived picks one when missing, with an error.
    public var preference: UInt32?
    /// `iif IF`.
    public var inputInterface: InterfaceName?
    /// `oif IF`.
    public var outputInterface: InterfaceName?
    /// `fwmark N[/MASK]`, as written.
    public var firewallMark: String?
    /// The rule's action when not a table lookup: `blackhole`, `unreachable`, `prohibit`, `goto N`, ...
    public var action: String?
    /// False when `no_track` was written.
    public var tracked: Bool
    /// `track_group NAME` (static rules only).
    public var trackGroup: String?
    /// Options Vigil keeps but does not interpret, as word lists in written order.
    public var otherOptions: [[String]]
    /// The address family of the rule (from its prefixes; `inet6` if the line says so).
    public var family: AddressFamily
    public var location: SourceLocation

    public init(family: AddressFamily, location: SourceLocation) {
        self.family = family
        tracked = true
        otherOptions = []
        self.location = location
    }
}
