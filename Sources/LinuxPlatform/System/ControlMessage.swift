import NetworkPrimitives

/// One ancillary message (`struct cmsghdr` + data) of `recvmsg`/`sendmsg`, handled as bytes so
/// the walk is bounds-checked. Layout on LP64: `cmsg_len` (size_t), level, type, data, padded to
/// eight bytes.
struct ControlMessage: Hashable, Sendable {
    static let headerSize = 16
    static let alignment = 8

    var level: Int32
    var type: Int32
    var data: [UInt8]

    /// Splits a control buffer filled by `recvmsg`; a malformed tail is ignored.
    static func decodeAll(_ bytes: [UInt8]) -> [ControlMessage] {
        var reader = ByteReader(bytes)
        var result: [ControlMessage] = []
        while reader.remaining >= headerSize {
            let start = reader.offset
            guard let low = try? reader.readUInt32LE(), let high = try? reader.readUInt32LE(),
                let level = try? reader.readUInt32LE(), let type = try? reader.readUInt32LE(),
                high == 0, Int(low) >= headerSize, Int(low) - headerSize <= reader.remaining,
                let data = try? reader.readBytes(Int(low) - headerSize)
            else { break }
            result.append(
                ControlMessage(level: Int32(bitPattern: level), type: Int32(bitPattern: type), data: Array(data)))
            let next = start + aligned(Int(low))
            guard next <= bytes.count else { break }
            reader = ByteReader(bytes, offset: next)
        }
        return result
    }

    /// The bytes of this message for a `sendmsg` control buffer (`CMSG_SPACE` long).
    var encoded: [UInt8] {
        var w = ByteWriter(capacity: Self.aligned(Self.headerSize + data.count))
        w.writeLE(UInt32(Self.headerSize + data.count))
        w.writeLE(UInt32(0))
        w.writeLE(UInt32(bitPattern: level))
        w.writeLE(UInt32(bitPattern: type))
        w.write(contentsOf: data)
        w.align(to: Self.alignment)
        return w.bytes
    }

    /// The data as a host-order `int`.
    var int32Value: Int32? {
        var reader = ByteReader(data)
        return (try? reader.readUInt32LE()).map { Int32(bitPattern: $0) }
    }

    static func aligned(_ n: Int) -> Int { (n + alignment - 1) & ~(alignment - 1) }
}
