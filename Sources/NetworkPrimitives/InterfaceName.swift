/// A Linux network interface name (`eth0`, `enp0s3`, `bond0.100`).
public struct InterfaceName: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public var rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    /// Linux limits names to IFNAMSIZ - 1 = 15 bytes, with no `/`, whitespace or `:` beyond aliases.
    public var isValid: Bool {
        let n = rawValue.utf8.count
        return n > 0 && n <= 15 && rawValue != "." && rawValue != ".."
            && !rawValue.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 <= 0x20 || $0 == 0x7f })
    }

    public var description: String { rawValue }

    public static func < (lhs: InterfaceName, rhs: InterfaceName) -> Bool { lhs.rawValue < rhs.rawValue }
}
