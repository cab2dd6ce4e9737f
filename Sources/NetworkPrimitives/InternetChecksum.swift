/// The Internet checksum of RFC 1071: the ones' complement of the ones' complement sum of
/// 16-bit big-endian words, an odd trailing byte padded with zero.
public struct InternetChecksum: Sendable {
    private var sum: UInt32 = 0
    private var pendingOddByte: UInt8?

    public init() {}

    /// Adds bytes to the running sum; calls may split the data anywhere.
    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            if let high = pendingOddByte {
                sum &+= UInt32(high) << 8 | UInt32(byte)
                pendingOddByte = nil
                if sum > 0xFFFF_0000 { fold() }
            } else {
                pendingOddByte = byte
            }
        }
    }

    public mutating func add(_ word: UInt16) {
        add([UInt8(word >> 8), UInt8(truncatingIfNeeded: word)])
    }

    private mutating func fold() {
        while sum >> 16 != 0 { sum = (sum & 0xFFFF) + (sum >> 16) }
    }

    /// The checksum to put on the wire.
    public var value: UInt16 {
        var copy = self
        if let high = copy.pendingOddByte { copy.sum &+= UInt32(high) << 8 }
        copy.fold()
        return ~UInt16(truncatingIfNeeded: copy.sum)
    }

    /// The checksum of one buffer.
    public static func compute(_ bytes: some Sequence<UInt8>) -> UInt16 {
        var c = InternetChecksum()
        c.add(bytes)
        return c.value
    }
}
