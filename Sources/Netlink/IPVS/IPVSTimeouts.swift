/// The kernel's IPVS connection timeouts, in seconds (`ipvsadm --set tcp tcpfin udp`, keepalived's
/// `lvs_timeouts`): `IPVS_CMD_ATTR_TIMEOUT_TCP`, `_TCP_FIN` and `_UDP` at the top level of
/// `IPVS_CMD_SET_CONFIG`, and of the kernel's answer to `IPVS_CMD_GET_CONFIG`. A nil value is left
/// out of a request, and the kernel keeps what it had.
public struct IPVSTimeouts: Hashable, Sendable {
    /// Established TCP connections.
    public var tcp: UInt32?
    /// TCP connections after the client's FIN.
    public var tcpFin: UInt32?
    /// UDP "connections".
    public var udp: UInt32?

    public init(tcp: UInt32? = nil, tcpFin: UInt32? = nil, udp: UInt32? = nil) {
        self.tcp = tcp
        self.tcpFin = tcpFin
        self.udp = udp
    }

    /// Decodes the kernel's answer to `getTimeouts` (command `IPVS_CMD_SET_CONFIG`).
    public init(message: NetlinkMessage) throws(NetlinkDecodingError) {
        let body = try IPVSMessageBody(message, expecting: .setConfig)
        try self.init(attributes: body.attributes)
    }

    init(attributes: [NetlinkAttribute]) throws(NetlinkDecodingError) {
        typealias A = IPVSAttribute.Command
        tcp = try attributes.last(ofType: A.timeoutTCP)?.uint32Value()
        tcpFin = try attributes.last(ofType: A.timeoutTCPFin)?.uint32Value()
        udp = try attributes.last(ofType: A.timeoutUDP)?.uint32Value()
    }

    func write(to writer: inout NetlinkMessageWriter) {
        typealias A = IPVSAttribute.Command
        if let tcp { writer.appendAttribute(type: A.timeoutTCP, uint32: tcp) }
        if let tcpFin { writer.appendAttribute(type: A.timeoutTCPFin, uint32: tcpFin) }
        if let udp { writer.appendAttribute(type: A.timeoutUDP, uint32: udp) }
    }
}
