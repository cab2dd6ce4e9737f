/// An IPv4 address, stored as a host-order 32-bit value.
public struct IPv4Address: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The address as a host-order integer: `10.0.0.1` is `0x0A00_0001`.
    public var value: UInt32

    public init(_ value: UInt32) { self.value = value }

    public init(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) {
        value = UInt32(a) << 24 | UInt32(b) << 16 | UInt32(c) << 8 | UInt32(d)
    }

    /// Parses dotted-quad notation (`192.0.2.1`); exactly four decimal octets, no leading `+`.
    public init?(_ text: some StringProtocol) {
        var octets: [UInt32] = []
        octets.reserveCapacity(4)
        var current: UInt32 = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                current = current * 10 + UInt32(byte - UInt8(ascii: "0"))
                digits += 1
                if digits > 3 || current > 255 { return nil }
            case UInt8(ascii: "."):
                if digits == 0 || octets.count == 3 { return nil }
                octets.append(current)
                current = 0
                digits = 0
            default:
                return nil
            }
        }
        if digits == 0 || octets.count != 3 { return nil }
        octets.append(current)
        value = octets[0] << 24 | octets[1] << 16 | octets[2] << 8 | octets[3]
    }

    /// The four octets in network order.
    public var bytes: [UInt8] {
        [UInt8(value >> 24), UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8),
         UInt8(truncatingIfNeeded: value)]
    }

    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 4 else { return nil }
        var v: UInt32 = 0
        for b in bytes { v = v << 8 | UInt32(b) }
        value = v
    }

    public var description: String {
        "\(value >> 24).\((value >> 16) & 0xff).\((value >> 8) & 0xff).\(value & 0xff)"
    }

    /// 224.0.0.0/4 (RFC 5771).
    public var isMulticast: Bool { value >> 28 == 0xE }
    public var isLoopback: Bool { value >> 24 == 127 }
    public var isUnspecified: Bool { value == 0 }

    public static func < (lhs: IPv4Address, rhs: IPv4Address) -> Bool { lhs.value < rhs.value }

    /// The VRRP multicast group 224.0.0.18 (RFC 5798 section 5.1.1.2).
    public static let vrrpMulticastGroup = IPv4Address(224, 0, 0, 18)
}
