/// Streaming MD5 (RFC 1321), used to compare an HTTP body with a `digest` line the way
/// keepalived's `genhash` computes it. Not for anything security-related.
public struct MD5: Sendable {
    /// Per-round left-rotation amounts (RFC 1321 §3.4).
    private static let shifts: [UInt32] = [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
        5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
        4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
        6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    ]

    /// T[i] = floor(2^32 × |sin(i + 1)|) (RFC 1321 §3.4).
    private static let table: [UInt32] = [
        0xd76a_a478, 0xe8c7_b756, 0x2420_70db, 0xc1bd_ceee, 0xf57c_0faf, 0x4787_c62a, 0xa830_4613, 0xfd46_9501,
        0x6980_98d8, 0x8b44_f7af, 0xffff_5bb1, 0x895c_d7be, 0x6b90_1122, 0xfd98_7193, 0xa679_438e, 0x49b4_0821,
        0xf61e_2562, 0xc040_b340, 0x265e_5a51, 0xe9b6_c7aa, 0xd62f_105d, 0x0244_1453, 0xd8a1_e681, 0xe7d3_fbc8,
        0x21e1_cde6, 0xc337_07d6, 0xf4d5_0d87, 0x455a_14ed, 0xa9e3_e905, 0xfcef_a3f8, 0x676f_02d9, 0x8d2a_4c8a,
        0xfffa_3942, 0x8771_f681, 0x6d9d_6122, 0xfde5_380c, 0xa4be_ea44, 0x4bde_cfa9, 0xf6bb_4b60, 0xbebf_bc70,
        0x289b_7ec6, 0xeaa1_27fa, 0xd4ef_3085, 0x0488_1d05, 0xd9d4_d039, 0xe6db_99e5, 0x1fa2_7cf8, 0xc4ac_5665,
        0xf429_2244, 0x432a_ff97, 0xab94_23a7, 0xfc93_a039, 0x655b_59c3, 0x8f0c_cc92, 0xffef_f47d, 0x8584_5dd1,
        0x6fa8_7e4f, 0xfe2c_e6e0, 0xa301_4314, 0x4e08_11a1, 0xf753_7e82, 0xbd3a_f235, 0x2ad7_d2bb, 0xeb86_d391,
    ]

    private var a: UInt32 = 0x6745_2301
    private var b: UInt32 = 0xefcd_ab89
    private var c: UInt32 = 0x98ba_dcfe
    private var d: UInt32 = 0x1032_5476
    /// Bytes not yet forming a whole 64-byte block.
    private var pending: [UInt8] = []
    private var totalBytes: UInt64 = 0

    public init() { pending.reserveCapacity(64) }

    /// The digest of `bytes` in one call.
    public static func digest(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var md5 = MD5()
        md5.update(bytes)
        return md5.finalize()
    }

    /// Adds `bytes` to the message.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            pending.append(byte)
            if pending.count == 64 { compressPending() }
        }
    }

    /// Adds raw memory to the message; whole blocks are compressed in place without copying.
    public mutating func update(_ buffer: UnsafeRawBufferPointer) {
        var offset = 0
        while !pending.isEmpty && offset < buffer.count {
            pending.append(buffer[offset])
            offset += 1
            if pending.count == 64 { compressPending() }
        }
        while buffer.count - offset >= 64 {
            compress(UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + 64]))
            totalBytes &+= 64
            offset += 64
        }
        pending.append(contentsOf: buffer[offset...])
    }

    /// Pads the message (RFC 1321 §3.1–3.2) and returns the 16-byte digest.
    public mutating func finalize() -> [UInt8] {
        let bitLength = (totalBytes &+ UInt64(pending.count)) &* 8
        var padding: [UInt8] = [0x80]
        let afterMarker = (pending.count + 1) % 64
        padding += [UInt8](repeating: 0, count: (56 - afterMarker + 64) % 64)
        for shift in stride(from: 0, to: 64, by: 8) { padding.append(UInt8(truncatingIfNeeded: bitLength >> shift)) }
        update(padding)
        var out: [UInt8] = []
        out.reserveCapacity(16)
        for word in [a, b, c, d] {
            for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: word >> shift)) }
        }
        return out
    }

    private mutating func compressPending() {
        pending.withUnsafeBytes { compress($0) }
        totalBytes &+= 64
        pending.removeAll(keepingCapacity: true)
    }

    /// One 64-byte block through the four rounds (RFC 1321 §3.4).
    private mutating func compress(_ block: UnsafeRawBufferPointer) {
        var (aa, bb, cc, dd) = (a, b, c, d)
        for i in 0..<64 {
            let (mixed, index) = Self.round(i, bb, cc, dd)
            let word = UInt32(littleEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
            let sum = aa &+ mixed &+ Self.table[i] &+ word
            (aa, dd, cc) = (dd, cc, bb)
            bb = bb &+ (sum << Self.shifts[i] | sum >> (32 - Self.shifts[i]))
        }
        a = a &+ aa
        b = b &+ bb
        c = c &+ cc
        d = d &+ dd
    }

    /// The auxiliary function F, G, H or I of step `i` and the message word it consumes.
    private static func round(_ i: Int, _ b: UInt32, _ c: UInt32, _ d: UInt32) -> (UInt32, Int) {
        switch i {
        case 0..<16: ((b & c) | (~b & d), i)
        case 16..<32: ((d & b) | (~d & c), (5 * i + 1) % 16)
        case 32..<48: (b ^ c ^ d, (3 * i + 5) % 16)
        default: (c ^ (b | ~d), (7 * i) % 16)
        }
    }
}

extension MD5 {
    /// Lower-case hexadecimal form of a digest, as keepalived's `digest` keyword writes it.
    public static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(digest.count * 2)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
