import NetworkPrimitives

/// One netlink message: its header and the bytes after it (family header plus attributes).
public struct NetlinkMessage: Hashable, Sendable {
    public var header: NetlinkMessageHeader
    /// The bytes after the 16-byte header, up to `nlmsg_len` (padding excluded).
    public var payload: [UInt8]

    public init(header: NetlinkMessageHeader, payload: [UInt8]) {
        self.header = header
        self.payload = payload
    }

    /// Splits one datagram from a netlink socket into its messages (the kernel batches several,
    /// each aligned to four bytes).
    public static func decodeAll(datagram: [UInt8]) throws(NetlinkDecodingError) -> [NetlinkMessage] {
        var reader = ByteReader(datagram)
        var messages: [NetlinkMessage] = []
        while reader.remaining >= NetlinkMessageHeader.size {
            messages.append(try decodeOne(&reader))
        }
        guard reader.isAtEnd else {
            throw .truncated(offset: reader.offset, needed: NetlinkMessageHeader.size, available: reader.remaining)
        }
        return messages
    }

    private static func decodeOne(_ reader: inout ByteReader) throws(NetlinkDecodingError) -> NetlinkMessage {
        let start = reader.offset
        let header = try NetlinkMessageHeader(from: &reader)
        let bodyLength = Int(header.length) - NetlinkMessageHeader.size
        guard bodyLength >= 0, bodyLength <= reader.remaining else {
            throw .badMessageLength(offset: start, length: header.length)
        }
        let payload = try NetlinkDecodingError.reading { () throws(ByteReaderError) in
            let bytes = Array(try reader.readBytes(bodyLength))
            try reader.skip(min(NetlinkAlignment.padding(for: Int(header.length)), reader.remaining))
            return bytes
        }
        return NetlinkMessage(header: header, payload: payload)
    }
}
