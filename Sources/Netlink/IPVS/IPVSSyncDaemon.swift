import NetworkPrimitives

/// The connection synchronisation daemon (`IPVS_CMD_NEW_DAEMON` / `DEL_DAEMON`,
/// Docs/Keepalived.md §5 "LVS sync daemon").
public struct IPVSSyncDaemon: Hashable, Sendable {
    /// `IP_VS_STATE_MASTER` sends connection updates, `IP_VS_STATE_BACKUP` receives them.
    public struct State: RawRepresentable, Hashable, Sendable {
        public var rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        public static let master = State(rawValue: 1)
        public static let backup = State(rawValue: 2)
    }

    public var state: State
    /// `IPVS_DAEMON_ATTR_MCAST_IFN`.
    public var interface: String
    /// `IPVS_DAEMON_ATTR_SYNC_ID`.
    public var syncID: UInt32
    /// `IPVS_DAEMON_ATTR_SYNC_MAXLEN`: largest sync message payload; kernel default when nil.
    public var maximumLength: UInt16?
    /// `IPVS_DAEMON_ATTR_MCAST_GROUP` / `_GROUP6`; 224.0.0.81 when nil.
    public var group: IPAddress?
    /// `IPVS_DAEMON_ATTR_MCAST_PORT`; 8848 when nil.
    public var port: UInt16?
    /// `IPVS_DAEMON_ATTR_MCAST_TTL`; 1 when nil.
    public var ttl: UInt8?

    public init(
        state: State, interface: String, syncID: UInt32 = 0, maximumLength: UInt16? = nil, group: IPAddress? = nil,
        port: UInt16? = nil, ttl: UInt8? = nil
    ) {
        self.state = state
        self.interface = interface
        self.syncID = syncID
        self.maximumLength = maximumLength
        self.group = group
        self.port = port
        self.ttl = ttl
    }

    /// The nest of `NEW_DAEMON` in ipvsadm 1.31's order (captured): state, interface, sync id,
    /// then maximum length, port, TTL and group when set.
    func writeStart(to writer: inout NetlinkMessageWriter) {
        typealias A = IPVSAttribute.Daemon
        writer.appendAttribute(type: A.state, uint32: state.rawValue)
        writer.appendAttribute(type: A.multicastInterface, string: interface)
        writer.appendAttribute(type: A.syncID, uint32: syncID)
        if let maximumLength { writer.appendAttribute(type: A.maximumLength, uint16: maximumLength) }
        if let port { writer.appendAttribute(type: A.multicastPort, uint16: port) }
        if let ttl { writer.appendAttribute(type: A.multicastTTL, uint8: ttl) }
        switch group {
        case .v4(let address): writer.appendAttribute(type: A.multicastGroup, payload: address.bytes)
        case .v6(let address): writer.appendAttribute(type: A.multicastGroup6, payload: address.bytes)
        case nil: break
        }
    }

    /// The nest of `DEL_DAEMON`: the state names the daemon to stop; like ipvsadm and keepalived,
    /// the interface is sent empty.
    func writeStop(to writer: inout NetlinkMessageWriter) {
        typealias A = IPVSAttribute.Daemon
        writer.appendAttribute(type: A.state, uint32: state.rawValue)
        writer.appendAttribute(type: A.multicastInterface, string: "")
        writer.appendAttribute(type: A.syncID, uint32: syncID)
    }

    /// Reads a daemon nest; state is required.
    init(attributes: [NetlinkAttribute]) throws(NetlinkDecodingError) {
        typealias A = IPVSAttribute.Daemon
        guard let stateAttribute = attributes.last(ofType: A.state) else { throw .missingAttribute(A.state) }
        self.init(
            state: State(rawValue: try stateAttribute.uint32Value()),
            interface: attributes.last(ofType: A.multicastInterface)?.stringValue ?? "",
            syncID: try attributes.last(ofType: A.syncID)?.uint32Value() ?? 0,
            maximumLength: try attributes.last(ofType: A.maximumLength)?.uint16Value(),
            port: try attributes.last(ofType: A.multicastPort)?.uint16Value(),
            ttl: try attributes.last(ofType: A.multicastTTL)?.uint8Value())
        if let group = attributes.last(ofType: A.multicastGroup6) ?? attributes.last(ofType: A.multicastGroup) {
            self.group = try group.addressValue()
        }
    }
}
