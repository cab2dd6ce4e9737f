/// A link speed or a traffic rate, in whole kilobits per second.
public struct Bandwidth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var kilobitsPerSecond: Int

    public init(kilobitsPerSecond: Int) { self.kilobitsPerSecond = kilobitsPerSecond }

    /// Parses a decimal number of Gbit/s, or one with a unit suffix: `1.5`, `1.5G`, `750M`,
    /// `100k` (case-insensitive, an optional `bit/s` or `bps` after it). Nil for anything else,
    /// for a negative rate, or for finer than 1 kbit/s.
    public init?(_ text: String) {
        var digits = Substring(text.lowercased())
        for suffix in ["bit/s", "bps"] where digits.hasSuffix(suffix) { digits = digits.dropLast(suffix.count) }
        var scale = 1_000_000
        if let unit = digits.last, let found = ["g": 1_000_000, "m": 1_000, "k": 1][String(unit)] {
            scale = found
            digits = digits.dropLast()
        }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty || parts.count == 2,
            whole.allSatisfy(Self.isDigit), let wholeValue = Int(whole.isEmpty ? "0" : whole)
        else { return nil }
        var value = wholeValue * scale
        if parts.count == 2 {
            let fraction = parts[1]
            guard !fraction.isEmpty, fraction.allSatisfy(Self.isDigit) else { return nil }
            var place = scale
            for digit in fraction {
                place /= 10
                guard let digitValue = digit.wholeNumberValue else { return nil }
                if place == 0 {
                    guard digitValue == 0 else { return nil }
                    continue
                }
                value += digitValue * place
            }
        }
        self.kilobitsPerSecond = value
    }

    static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    /// Gbit/s with up to three decimals, trailing zeros dropped: `0.75 Gbit/s`, `1 Gbit/s`.
    public var description: String { Self.gigabits(thousandths: (kilobitsPerSecond + 500) / 1_000) + " Gbit/s" }

    /// `thousandths` of a Gbit/s written as a decimal without trailing zeros (`750` → `0.75`).
    static func gigabits(thousandths: Int) -> String {
        let (whole, fraction) = thousandths.quotientAndRemainder(dividingBy: 1_000)
        guard fraction != 0 else { return String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }

    public static func < (lhs: Bandwidth, rhs: Bandwidth) -> Bool { lhs.kilobitsPerSecond < rhs.kilobitsPerSecond }
}
