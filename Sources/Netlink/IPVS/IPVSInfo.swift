/// The kernel's answer to `IPVS_CMD_GET_INFO`: IPVS version and connection hash table size.
public struct IPVSInfo: Hashable, Sendable, CustomStringConvertible {
    /// `IPVS_INFO_ATTR_VERSION`: major << 16 | minor << 8 | patch (1.2.1 = 0x010201).
    public var version: UInt32
    /// `IPVS_INFO_ATTR_CONN_TAB_SIZE`.
    public var connectionTableSize: UInt32

    public init(version: UInt32, connectionTableSize: UInt32) {
        self.version = version
        self.connectionTableSize = connectionTableSize
    }

    /// Decodes the answer (command `IPVS_CMD_SET_INFO`).
    public init(message: NetlinkMessage) throws(NetlinkDecodingError) {
        let body = try IPVSMessageBody(message, expecting: .setInfo)
        typealias A = IPVSAttribute.Info
        guard let version = body.attributes.last(ofType: A.version) else { throw .missingAttribute(A.version) }
        guard let size = body.attributes.last(ofType: A.connectionTableSize) else {
            throw .missingAttribute(A.connectionTableSize)
        }
        self.init(version: try version.uint32Value(), connectionTableSize: try size.uint32Value())
    }

    /// ipvsadm's banner form, e.g. `1.2.1`.
    public var description: String { "\(version >> 16).\(version >> 8 & 0xff).\(version & 0xff)" }
}
