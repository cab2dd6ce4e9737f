import NetworkPrimitives

/// `struct nlmsghdr` (linux/netlink.h): every netlink message starts with these 16 bytes, in host
/// (little-endian) order.
///
/// ```
///  0               4       6       8               12              16
///  +---------------+-------+-------+---------------+---------------+
///  | nlmsg_len     | type  | flags | nlmsg_seq     | nlmsg_pid     |
///  +---------------+-------+-------+---------------+---------------+
/// ```
public struct NetlinkMessageHeader: Hashable, Sendable {
    /// Size of the header on the wire.
    public static let size = 16

    /// Length of the whole message including this header, before alignment padding.
    public var length: UInt32
    public var type: NetlinkMessageType
    public var flags: NetlinkMessageFlags
    public var sequence: UInt32
    /// The sender's port id (0 for the kernel).
    public var portID: UInt32

    public init(
        length: UInt32 = 0, type: NetlinkMessageType, flags: NetlinkMessageFlags, sequence: UInt32,
        portID: UInt32 = 0
    ) {
        self.length = length
        self.type = type
        self.flags = flags
        self.sequence = sequence
        self.portID = portID
    }

    /// Reads a header at the reader's position.
    public init(from reader: inout ByteReader) throws(NetlinkDecodingError) {
        guard reader.remaining >= Self.size else {
            throw .truncated(offset: reader.offset, needed: Self.size, available: reader.remaining)
        }
        (length, type, flags, sequence, portID) = try NetlinkDecodingError.reading {
            () throws(ByteReaderError) in
            (
                try reader.readUInt32LE(), NetlinkMessageType(rawValue: try reader.readUInt16LE()),
                NetlinkMessageFlags(rawValue: try reader.readUInt16LE()), try reader.readUInt32LE(),
                try reader.readUInt32LE()
            )
        }
    }

    /// Appends the header in host order.
    public func write(to writer: inout ByteWriter) {
        writer.writeLE(length)
        writer.writeLE(type.rawValue)
        writer.writeLE(flags.rawValue)
        writer.writeLE(sequence)
        writer.writeLE(portID)
    }
}
