/// How keepalived reads a `track_file` (Docs/Keepalived.md §3.14): the number at the start of the
/// file, as C's `strtol` with base 0 reads it (leading blanks, a sign, `0x` hex, a leading `0` octal,
/// digits up to the first other byte); a file that is missing, empty or not a number reads 0, and a
/// number outside the 32-bit range is ignored (nil: keep the previous value).
public enum TrackFileValue {
    /// keepalived reads at most this many bytes.
    public static let readLimit = 127

    public static func parse(_ bytes: [UInt8]) -> Int? {
        var index = bytes.startIndex
        let end = min(bytes.endIndex, readLimit)
        while index < end, [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(bytes[index]) { index += 1 }
        var negative = false
        if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var radix = 10
        if index < end, bytes[index] == UInt8(ascii: "0") {
            radix = 8
            if index + 2 < end, bytes[index + 1] | 0x20 == UInt8(ascii: "x"),
                digit(bytes[index + 2], radix: 16) != nil
            {
                radix = 16
                index += 2
            }
        }
        var magnitude = 0
        while index < end, let digit = digit(bytes[index], radix: radix) {
            let (shifted, overflow) = magnitude.multipliedReportingOverflow(by: radix)
            let (sum, carry) = shifted.addingReportingOverflow(digit)
            if overflow || carry { return nil }
            magnitude = sum
            index += 1
        }
        let value = negative ? -magnitude : magnitude
        guard value >= Int(Int32.min), value <= Int(Int32.max) + 1 else { return nil }
        return value
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
