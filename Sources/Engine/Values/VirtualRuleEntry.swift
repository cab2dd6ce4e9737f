import NetworkPrimitives

/// One `virtual_rules` or `static_rules` line as the engine installs it (Docs/Keepalived.md §2.3): a
/// policy-routing rule selecting packets by source, destination, interfaces and firewall mark.
public struct VirtualRuleEntry: Hashable, Sendable, CustomStringConvertible {
    /// What a selected packet gets.
    public enum Action: Hashable, Sendable {
        /// Its route is looked up in this table (`table`/`lookup`; 254 is `main`).
        case table(UInt32)
        /// Matching continues at the rule with this preference.
        case goto(UInt32)
        case blackhole
        case unreachable
        case prohibit
    }

    public var family: AddressFamily
    public var from: IPPrefix?
    public var to: IPPrefix?
    public var preference: UInt32?
    public var inputInterface: InterfaceName?
    public var outputInterface: InterfaceName?
    public var firewallMark: UInt32?
    public var firewallMask: UInt32?
    /// `not`: the rule selects what its selectors do not.
    public var inverted: Bool
    public var action: Action

    public init(
        family: AddressFamily, from: IPPrefix? = nil, to: IPPrefix? = nil, preference: UInt32? = nil,
        inputInterface: InterfaceName? = nil, outputInterface: InterfaceName? = nil, firewallMark: UInt32? = nil,
        firewallMask: UInt32? = nil, inverted: Bool = false, action: Action
    ) {
        self.family = family
        self.from = from
        self.to = to
        self.preference = preference
        self.inputInterface = inputInterface
        self.outputInterface = outputInterface
        self.firewallMark = firewallMark
        self.firewallMask = firewallMask
        self.inverted = inverted
        self.action = action
    }

    /// As the line would be written for `ip rule`.
    public var description: String {
        var words: [String] = family == .inet6 ? ["inet6"] : []
        if inverted { words.append("not") }
        words += ["from", from.map { "\($0)" } ?? "all"]
        if let to { words += ["to", "\(to)"] }
        if let inputInterface { words += ["iif", inputInterface.rawValue] }
        if let outputInterface { words += ["oif", outputInterface.rawValue] }
        if let firewallMark { words += ["fwmark", firewallMask.map { "\(firewallMark)/\($0)" } ?? "\(firewallMark)"] }
        if let preference { words += ["pref", "\(preference)"] }
        switch action {
        case .table(let table): words += ["lookup", "\(table)"]
        case .goto(let target): words += ["goto", "\(target)"]
        case .blackhole: words.append("blackhole")
        case .unreachable: words.append("unreachable")
        case .prohibit: words.append("prohibit")
        }
        return words.joined(separator: " ")
    }
}
