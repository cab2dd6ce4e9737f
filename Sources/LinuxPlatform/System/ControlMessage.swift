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
        var result: [ControlMessage] = []
        bytes.withUnsafeBytes { buffer in
            forEach(in: buffer) { level, type, data in
                result.append(ControlMessage(level: level, type: type, data: Array(data)))
            }
        }
        return result
    }

    /// Walks a control buffer filled by `recvmsg` in place, calling `body` with each message's
    /// level, type and data (a view into `bytes`, valid during the call); a malformed tail is
    /// ignored. Allocates nothing: the VRRP receive path reads `IP_PKTINFO` / `IPV6_PKTINFO` /
    /// `IPV6_HOPLIMIT` with it.
    static func forEach(
        in bytes: UnsafeRawBufferPointer, _ body: (_ level: Int32, _ type: Int32, _ data: UnsafeRawBufferPointer) -> Void
    ) {
        var start = 0
        while bytes.count - start >= headerSize {
            let low = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: start, as: UInt32.self))
            let high = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: start + 4, as: UInt32.self))
            let level = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: start + 8, as: UInt32.self))
            let type = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: start + 12, as: UInt32.self))
            let length = Int(low)
            guard high == 0, length >= headerSize, length - headerSize <= bytes.count - start - headerSize else {
                break
            }
            let data = UnsafeRawBufferPointer(rebasing: bytes[(start + headerSize)..<(start + length)])
            body(Int32(bitPattern: level), Int32(bitPattern: type), data)
            let next = start + aligned(length)
            guard next <= bytes.count else { break }
            start = next
        }
    }

    /// The first four bytes of `data` as a host-order `int`; nil when shorter.
    static func int32Value(_ data: UnsafeRawBufferPointer) -> Int32? {
        guard data.count >= 4 else { return nil }
        return Int32(littleEndian: data.loadUnaligned(as: Int32.self))
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
    var int32Value: Int32? { data.withUnsafeBytes { Self.int32Value($0) } }

    static func aligned(_ n: Int) -> Int { (n + alignment - 1) & ~(alignment - 1) }
}
