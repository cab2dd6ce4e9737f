/// Why a bounds-checked read failed.
public enum ByteReaderError: Error, Equatable, Sendable {
    /// Asked for `needed` bytes at `offset` with only `available` left.
    case truncated(offset: Int, needed: Int, available: Int)
}

/// A bounds-checked cursor over bytes: every read either succeeds or throws, never traps.
public struct ByteReader: Sendable {
    public let bytes: [UInt8]
    public private(set) var offset: Int

    public init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = min(max(offset, 0), bytes.count)
    }

    public var remaining: Int { bytes.count - offset }
    public var isAtEnd: Bool { offset >= bytes.count }

    private func check(_ n: Int) throws(ByteReaderError) {
        guard n >= 0, n <= remaining else {
            throw .truncated(offset: offset, needed: n, available: remaining)
        }
    }

    public mutating func readUInt8() throws(ByteReaderError) -> UInt8 {
        try check(1)
        defer { offset += 1 }
        return bytes[offset]
    }

    /// Big-endian (network order).
    public mutating func readUInt16() throws(ByteReaderError) -> UInt16 {
        try check(2)
        defer { offset += 2 }
        return UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
    }

    /// Big-endian (network order).
    public mutating func readUInt32() throws(ByteReaderError) -> UInt32 {
        try check(4)
        defer { offset += 4 }
        return UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8
            | UInt32(bytes[offset + 3])
    }

    /// Little-endian, as netlink carries host-order integers on x86 and arm64.
    public mutating func readUInt16LE() throws(ByteReaderError) -> UInt16 {
        try check(2)
        defer { offset += 2 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    /// Little-endian, as netlink carries host-order integers on x86 and arm64.
    public mutating func readUInt32LE() throws(ByteReaderError) -> UInt32 {
        try check(4)
        defer { offset += 4 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
    }

    public mutating func readBytes(_ count: Int) throws(ByteReaderError) -> ArraySlice<UInt8> {
        try check(count)
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    public mutating func skip(_ count: Int) throws(ByteReaderError) {
        try check(count)
        offset += count
    }

    public func peekUInt8() throws(ByteReaderError) -> UInt8 {
        try check(1)
        return bytes[offset]
    }
}
