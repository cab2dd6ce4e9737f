/// Finds bytes that are not well-formed UTF-8, so a diagnostic can point at them.
enum UTF8Validation {
    /// Index of the first byte that does not start a well-formed UTF-8 sequence, or nil.
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let length = sequenceLength(bytes, at: i)
            guard length > 0 else { return i }
            i += length
        }
        return nil
    }

    /// Length of the well-formed sequence at `i` (RFC 3629 section 4), or 0 when it is ill-formed.
    private static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let lead = bytes[i]
        if lead < 0x80 { return 1 }
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard i + length <= bytes.count else { return 0 }
        for k in 1..<length {
            let byte = bytes[i + k]
            let (lo, hi) = k == 1 ? (low, high) : (0x80, 0xBF)
            guard byte >= lo && byte <= hi else { return 0 }
        }
        return length
    }
}
