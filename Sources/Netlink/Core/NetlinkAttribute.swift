import NetworkPrimitives

/// One netlink attribute (`struct nlattr` / `struct rtattr`): a 4-byte header `{len, type}` in
/// host order, then the payload, padded to 4 bytes.
///
/// ```
///  0       2       4
///  +-------+-------+-------------------- ~ ---+ pad
///  | len   | type  | payload (len - 4 bytes)  |
///  +-------+-------+-------------------- ~ ---+
/// ```
/// The two top bits of `type` are flags (`NLA_F_NESTED`, `NLA_F_NET_BYTEORDER`).
public struct NetlinkAttribute: Hashable, Sendable {
    /// Size of the attribute header on the wire.
    public static let headerSize = 4
    static let nestedFlag: UInt16 = 0x8000
    static let networkByteOrderFlag: UInt16 = 0x4000
    static let typeMask: UInt16 = 0x3fff

    /// The attribute type with the flag bits removed.
    public var type: UInt16
    /// `NLA_F_NESTED` was set by the sender.
    public var isNestedFlagSet: Bool
    public var payload: [UInt8]

    public init(type: UInt16, payload: [UInt8], isNestedFlagSet: Bool = false) {
        self.type = type
        self.payload = payload
        self.isNestedFlagSet = isNestedFlagSet
    }

    /// Decodes every attribute in `bytes`, which must be a whole attribute stream (trailing
    /// padding after the last attribute is allowed).
    public static func decodeAll(_ bytes: some Collection<UInt8>) throws(NetlinkDecodingError) -> [NetlinkAttribute] {
        var reader = ByteReader(Array(bytes))
        var attributes: [NetlinkAttribute] = []
        while reader.remaining >= headerSize {
            attributes.append(try decodeOne(&reader))
        }
        return attributes
    }

    private static func decodeOne(_ reader: inout ByteReader) throws(NetlinkDecodingError) -> NetlinkAttribute {
        let start = reader.offset
        let length = try NetlinkDecodingError.reading { () throws(ByteReaderError) in try reader.readUInt16LE() }
        let rawType = try NetlinkDecodingError.reading { () throws(ByteReaderError) in try reader.readUInt16LE() }
        guard Int(length) >= headerSize, Int(length) - headerSize <= reader.remaining else {
            throw .badAttributeLength(offset: start, length: length)
        }
        let payload = try NetlinkDecodingError.reading { () throws(ByteReaderError) in
            let bytes = Array(try reader.readBytes(Int(length) - headerSize))
            try reader.skip(min(NetlinkAlignment.padding(for: Int(length)), reader.remaining))
            return bytes
        }
        return NetlinkAttribute(type: rawType & typeMask, payload: payload, isNestedFlagSet: rawType & nestedFlag != 0)
    }
}
