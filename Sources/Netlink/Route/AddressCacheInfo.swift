import NetworkPrimitives

/// `struct ifa_cacheinfo` (linux/if_addr.h): address lifetimes in seconds, `forever` = 0xFFFFFFFF,
/// and two timestamps in hundredths of a second since boot (read-only).
public struct AddressCacheInfo: Hashable, Sendable {
    public static let forever: UInt32 = 0xFFFF_FFFF
    static let size = 16

    public var preferredLifetime: UInt32
    public var validLifetime: UInt32
    public var created: UInt32
    public var updated: UInt32

    public init(preferredLifetime: UInt32, validLifetime: UInt32, created: UInt32 = 0, updated: UInt32 = 0) {
        self.preferredLifetime = preferredLifetime
        self.validLifetime = validLifetime
        self.created = created
        self.updated = updated
    }

    init(attribute: NetlinkAttribute) throws(NetlinkDecodingError) {
        guard attribute.payload.count == Self.size else {
            throw .badAttributeSize(attribute: attribute.type, expected: Self.size, actual: attribute.payload.count)
        }
        var r = ByteReader(attribute.payload)
        (preferredLifetime, validLifetime, created, updated) = try NetlinkDecodingError.reading {
            () throws(ByteReaderError) in
            (try r.readUInt32LE(), try r.readUInt32LE(), try r.readUInt32LE(), try r.readUInt32LE())
        }
    }

    var bytes: [UInt8] {
        var w = ByteWriter(capacity: Self.size)
        for v in [preferredLifetime, validLifetime, created, updated] { w.writeLE(v) }
        return w.bytes
    }
}
