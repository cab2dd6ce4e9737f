import NetworkPrimitives

/// One policy-routing rule as rtnetlink carries it (`struct fib_rule_hdr` and its `FRA_*` attributes,
/// linux/fib_rules.h): what `virtual_rules` and `static_rules` install (Docs/Keepalived.md §2.3). Only
/// the fields Vigil sets are modelled.
public struct RuleMessage: Hashable, Sendable {
    /// What a packet the rule selects gets (`fib_rule_hdr.action`).
    public enum Action: Hashable, Sendable {
        /// `FR_ACT_TO_TBL`: look the route up in this table.
        case table(UInt32)
        /// `FR_ACT_GOTO`: continue at the rule with this preference.
        case goto(UInt32)
        /// `FR_ACT_BLACKHOLE`.
        case blackhole
        /// `FR_ACT_UNREACHABLE`.
        case unreachable
        /// `FR_ACT_PROHIBIT`.
        case prohibit

        var code: UInt8 {
            switch self {
            case .table: 1
            case .goto: 2
            case .blackhole: 6
            case .unreachable: 7
            case .prohibit: 8
            }
        }
    }

    public var family: AddressFamily
    /// `FRA_SRC` and `src_len`; nil selects every source.
    public var source: IPPrefix?
    /// `FRA_DST` and `dst_len`; nil selects every destination.
    public var destination: IPPrefix?
    /// `FRA_PRIORITY` (the preference).
    public var preference: UInt32?
    /// `FRA_IIFNAME`.
    public var inputInterface: InterfaceName?
    /// `FRA_OIFNAME`.
    public var outputInterface: InterfaceName?
    /// `FRA_FWMARK`.
    public var firewallMark: UInt32?
    /// `FRA_FWMASK`.
    public var firewallMask: UInt32?
    /// `FIB_RULE_INVERT` (`not`).
    public var inverted: Bool
    public var action: Action

    public init(
        family: AddressFamily, source: IPPrefix? = nil, destination: IPPrefix? = nil, preference: UInt32? = nil,
        inputInterface: InterfaceName? = nil, outputInterface: InterfaceName? = nil, firewallMark: UInt32? = nil,
        firewallMask: UInt32? = nil, inverted: Bool = false, action: Action
    ) {
        self.family = family
        self.source = source
        self.destination = destination
        self.preference = preference
        self.inputInterface = inputInterface
        self.outputInterface = outputInterface
        self.firewallMark = firewallMark
        self.firewallMask = firewallMask
        self.inverted = inverted
        self.action = action
    }

    /// The request bytes: the 12-byte `fib_rule_hdr`, then `FRA_TABLE` (a table above 255 rides
    /// only there), `FRA_SRC`, `FRA_DST`, `FRA_PRIORITY`, `FRA_FWMARK`, `FRA_FWMASK`, `FRA_IIFNAME`,
    /// `FRA_OIFNAME`, `FRA_GOTO`. A deletion carries the same keys.
    public func encoded(type messageType: NetlinkMessageType, flags: NetlinkMessageFlags, sequence: UInt32) -> [UInt8] {
        var w = NetlinkMessageWriter(type: messageType, flags: flags, sequence: sequence)
        var header = ByteWriter(capacity: 12)
        header.write(family.linuxValue)
        header.write(UInt8(destination?.length ?? 0))
        header.write(UInt8(source?.length ?? 0))
        header.write(UInt8(0))  // tos
        if case .table(let table) = action, table < 256 { header.write(UInt8(table)) } else { header.write(UInt8(0)) }
        header.write(UInt8(0))  // res1
        header.write(UInt8(0))  // res2
        header.write(action.code)
        header.writeLE(inverted ? Self.invertFlag : UInt32(0))
        w.appendFixedHeader(header.bytes)
        if case .table(let table) = action { w.appendAttribute(type: Self.tableAttribute, uint32: table) }
        if let source { w.appendAttribute(type: Self.sourceAttribute, payload: source.address.bytes) }
        if let destination { w.appendAttribute(type: Self.destinationAttribute, payload: destination.address.bytes) }
        if let preference { w.appendAttribute(type: Self.priorityAttribute, uint32: preference) }
        if let firewallMark { w.appendAttribute(type: Self.firewallMarkAttribute, uint32: firewallMark) }
        if let firewallMask { w.appendAttribute(type: Self.firewallMaskAttribute, uint32: firewallMask) }
        if let inputInterface { w.appendAttribute(type: Self.inputInterfaceAttribute, string: inputInterface.rawValue) }
        if let outputInterface {
            w.appendAttribute(type: Self.outputInterfaceAttribute, string: outputInterface.rawValue)
        }
        if case .goto(let target) = action { w.appendAttribute(type: Self.gotoAttribute, uint32: target) }
        return w.finish()
    }

    static let invertFlag: UInt32 = 0x2
    static let destinationAttribute: UInt16 = 1
    static let sourceAttribute: UInt16 = 2
    static let inputInterfaceAttribute: UInt16 = 3
    static let gotoAttribute: UInt16 = 4
    static let priorityAttribute: UInt16 = 6
    static let firewallMarkAttribute: UInt16 = 10
    static let tableAttribute: UInt16 = 15
    static let firewallMaskAttribute: UInt16 = 16
    static let outputInterfaceAttribute: UInt16 = 17
}
