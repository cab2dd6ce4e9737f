import NetworkPrimitives

/// `struct genlmsghdr` (linux/genetlink.h): the four bytes after `nlmsghdr` in every generic
/// netlink message.
///
/// ```
///  0     1         2              4
///  +-----+---------+--------------+-- ~ --+
///  | cmd | version | reserved u16 | attrs |
///  +-----+---------+--------------+-- ~ --+
/// ```
public struct GenericNetlinkHeader: Hashable, Sendable {
    public static let size = 4

    public var command: UInt8
    public var version: UInt8

    public init(command: UInt8, version: UInt8) {
        self.command = command
        self.version = version
    }

    /// Reads the header from the start of a message payload.
    public init(payload: [UInt8]) throws(NetlinkDecodingError) {
        var reader = ByteReader(payload)
        (command, version) = try NetlinkDecodingError.reading { () throws(ByteReaderError) in
            let pair = (try reader.readUInt8(), try reader.readUInt8())
            try reader.skip(2)
            return pair
        }
    }

    public var bytes: [UInt8] { [command, version, 0, 0] }
}
