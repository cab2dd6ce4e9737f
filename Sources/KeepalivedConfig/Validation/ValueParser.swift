/// Parses keepalived's number formats without reporting anything (callers word the diagnostics).
enum ValueParser {
    /// A decimal integer with an optional sign; nil on anything else or overflow.
    static func integer(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 20 else { return nil }
        return Int(text)
    }

    /// Decimal seconds with at most `maximumDecimals` fractional digits (keepalived's `<TIMER>`):
    /// `1`, `0.5`, `.25`, `3.000001`. Negative values and exponents are rejected.
    static func seconds(_ text: String, maximumDecimals: Int = 6) -> Duration? {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty), fraction.count <= maximumDecimals,
            whole.utf8.count <= 12, whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit)
        else { return nil }
        let seconds = Int64(whole) ?? 0
        var micros = Int64(fraction) ?? 0
        for _ in fraction.count..<6 { micros *= 10 }
        return .microseconds(seconds * 1_000_000 + micros)
    }

    /// keepalived's booleans: `on|off|true|false|yes|no`.
    static func boolean(_ text: String) -> Bool? {
        switch text {
        case "on", "true", "yes": true
        case "off", "false", "no": false
        default: nil
        }
    }

    /// A hexadecimal byte string such as `0a1B2c` (an even number of digits).
    static func hexBytes(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = hexValue(digits[index]), let low = hexValue(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
