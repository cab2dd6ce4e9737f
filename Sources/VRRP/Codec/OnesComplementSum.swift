import NetworkPrimitives

/// The RFC 1071 sum on the receive hot path, word by word and without allocating.
/// `InternetChecksum` gives the same values (the tests compare them) but its generic, byte-wise
/// `add` is not specialised across the module boundary and costs several times more per advert.
struct OnesComplementSum {
    private var sum: UInt64 = 0

    mutating func add(_ word: UInt16) { sum &+= UInt64(word) }

    mutating func add(_ value: UInt32) { sum &+= UInt64(value >> 16) &+ UInt64(value & 0xffff) }

    mutating func add(_ value: UInt64) {
        add(UInt32(truncatingIfNeeded: value >> 32))
        add(UInt32(truncatingIfNeeded: value))
    }

    mutating func add(_ address: IPAddress) {
        switch address {
        case .v4(let a): add(a.value)
        case .v6(let a):
            add(a.high)
            add(a.low)
        }
    }

    /// Adds big-endian words starting at the slice's first byte; an odd last byte is zero-padded.
    mutating func add(_ bytes: ArraySlice<UInt8>) {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index + 1 < end {
            sum &+= UInt64(bytes[index]) << 8 | UInt64(bytes[index + 1])
            index += 2
        }
        if index < end { sum &+= UInt64(bytes[index]) << 8 }
    }

    /// The checksum to put on the wire: the complement of the folded sum.
    var checksum: UInt16 {
        var folded = sum
        while folded >> 16 != 0 { folded = (folded & 0xffff) &+ (folded >> 16) }
        return ~UInt16(truncatingIfNeeded: folded)
    }
}
