/// `strtol(s, &end, 0)` over bytes, as keepalived reads `~SEQ` bounds: optional blanks and sign, then hex
/// (`0x`), octal (leading `0`) or decimal digits; stops at the first other byte.
enum IntegerLiteral {
    /// The value and the index after it; when no digits are read the index is `start` and the value 0.
    /// Values beyond `Int` saturate, as `strtol` does.
    static func parse(_ bytes: [UInt8], from start: Int) -> (value: Int, end: Int) {
        var i = start
        while i < bytes.count && bytes[i].isWhitespace { i += 1 }
        var negative = false
        if i < bytes.count && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var radix = 10
        if i + 1 < bytes.count && bytes[i] == UInt8(ascii: "0") && (bytes[i + 1] | 0x20) == UInt8(ascii: "x"),
            i + 2 < bytes.count, digit(bytes[i + 2], radix: 16) != nil
        {
            radix = 16
            i += 2
        } else if i < bytes.count && bytes[i] == UInt8(ascii: "0") {
            radix = 8
        }
        let digitsStart = i
        var magnitude: UInt64 = 0
        var saturated = false
        while i < bytes.count, let d = digit(bytes[i], radix: radix) {
            let (m1, o1) = magnitude.multipliedReportingOverflow(by: UInt64(radix))
            let (m2, o2) = m1.addingReportingOverflow(UInt64(d))
            if o1 || o2 { saturated = true }
            magnitude = m2
            i += 1
        }
        guard i > digitsStart else { return (0, start) }
        let limit = negative ? UInt64(Int.max) + 1 : UInt64(Int.max)
        if saturated || magnitude > limit { magnitude = limit }
        let value = negative ? (magnitude == limit ? Int.min : -Int(magnitude)) : Int(magnitude)
        return (value, i)
    }

    private static func digit(_ byte: UInt8, radix: Int) -> Int? {
        let value: Int
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): value = Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = Int(byte - UInt8(ascii: "A")) + 10
        default: return nil
        }
        return value < radix ? value : nil
    }
}
