import NetworkPrimitives

/// One route as rtnetlink carries it (`struct rtmsg` and its `RTA_*` attributes, linux/rtnetlink.h):
/// what `virtual_routes` installs (Docs/Keepalived.md §3.13). Only the fields Vigil sets are modelled.
public struct RouteMessage: Hashable, Sendable {
    /// `RTA_DST` and `rtm_dst_len`.
    public var destination: IPPrefix
    /// `RTA_GATEWAY`.
    public var gateway: IPAddress?
    /// `RTA_OIF`.
    public var interfaceIndex: InterfaceIndex?
    /// `RTA_PREFSRC`.
    public var preferredSource: IPAddress?
    /// `RTA_PRIORITY` (the metric).
    public var metric: UInt32?
    /// The table id: `rtm_table` when below 256, always `RTA_TABLE` too (`RT_TABLE_MAIN` is 254).
    public var table: UInt32
    /// `rtm_protocol`: keepalived's `RTPROT_KEEPALIVED` (18) unless configured.
    public var routingProtocol: UInt8
    /// `rtm_scope`: `RT_SCOPE_UNIVERSE` (0), `RT_SCOPE_LINK` (253), `RT_SCOPE_HOST` (254).
    public var scope: UInt8
    /// `rtm_type`: `RTN_UNICAST` (1), `RTN_BLACKHOLE` (6), `RTN_UNREACHABLE` (7), `RTN_PROHIBIT` (8).
    public var type: UInt8

    public static let mainTable: UInt32 = 254
    public static let keepalivedProtocol: UInt8 = 18
    public static let universeScope: UInt8 = 0
    public static let linkScope: UInt8 = 253
    public static let unicastType: UInt8 = 1

    /// A unicast route in the main table: link scope without a gateway, universe scope with one, as
    /// `ip route` chooses.
    public init(
        destination: IPPrefix, gateway: IPAddress? = nil, interfaceIndex: InterfaceIndex? = nil,
        preferredSource: IPAddress? = nil, metric: UInt32? = nil, table: UInt32 = Self.mainTable
    ) {
        self.destination = destination
        self.gateway = gateway
        self.interfaceIndex = interfaceIndex
        self.preferredSource = preferredSource
        self.metric = metric
        self.table = table
        routingProtocol = Self.keepalivedProtocol
        scope = gateway == nil ? Self.linkScope : Self.universeScope
        type = Self.unicastType
    }

    /// The request bytes: the 12-byte `rtmsg`, then `RTA_TABLE`, `RTA_DST`, `RTA_PREFSRC`,
    /// `RTA_GATEWAY`, `RTA_OIF`, `RTA_PRIORITY`. A deletion carries the same keys.
    public func encoded(type messageType: NetlinkMessageType, flags: NetlinkMessageFlags, sequence: UInt32) -> [UInt8] {
        var w = NetlinkMessageWriter(type: messageType, flags: flags, sequence: sequence)
        var header = ByteWriter(capacity: 12)
        header.write(destination.family.linuxValue)
        header.write(UInt8(destination.length))
        header.write(UInt8(0))  // rtm_src_len
        header.write(UInt8(0))  // rtm_tos
        header.write(table < 256 ? UInt8(table) : UInt8(0))  // RT_TABLE_UNSPEC: RTA_TABLE says
        header.write(routingProtocol)
        header.write(scope)
        header.write(type)
        header.writeLE(UInt32(0))  // rtm_flags
        w.appendFixedHeader(header.bytes)
        w.appendAttribute(type: Self.tableAttribute, uint32: table)
        w.appendAttribute(type: Self.destinationAttribute, payload: destination.address.bytes)
        if let preferredSource { w.appendAttribute(type: Self.preferredSourceAttribute, payload: preferredSource.bytes) }
        if let gateway { w.appendAttribute(type: Self.gatewayAttribute, payload: gateway.bytes) }
        if let interfaceIndex {
            w.appendAttribute(type: Self.outputInterfaceAttribute, uint32: UInt32(bitPattern: interfaceIndex.rawValue))
        }
        if let metric { w.appendAttribute(type: Self.priorityAttribute, uint32: metric) }
        return w.finish()
    }

    static let destinationAttribute: UInt16 = 1
    static let outputInterfaceAttribute: UInt16 = 4
    static let gatewayAttribute: UInt16 = 5
    static let priorityAttribute: UInt16 = 6
    static let preferredSourceAttribute: UInt16 = 7
    static let tableAttribute: UInt16 = 15
}
