/// An IPv6 address, stored as two host-order 64-bit halves.
public struct IPv6Address: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 16 else { return nil }
        var h: UInt64 = 0
        var l: UInt64 = 0
        for (i, b) in bytes.enumerated() {
            if i < 8 { h = h << 8 | UInt64(b) } else { l = l << 8 | UInt64(b) }
        }
        high = h
        low = l
    }

    /// The sixteen bytes in network order.
    public var bytes: [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(16)
        for shift in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: high >> UInt64(shift))) }
        for shift in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: low >> UInt64(shift))) }
        return out
    }

    /// The eight 16-bit groups.
    public var groups: [UInt16] {
        (0..<8).map { i in
            let half = i < 4 ? high : low
            return UInt16(truncatingIfNeeded: half >> UInt64((3 - i % 4) * 16))
        }
    }

    public init(groups: [UInt16]) {
        precondition(groups.count == 8, "IPv6Address needs eight groups")
        var h: UInt64 = 0
        var l: UInt64 = 0
        for i in 0..<4 { h = h << 16 | UInt64(groups[i]) }
        for i in 4..<8 { l = l << 16 | UInt64(groups[i]) }
        high = h
        low = l
    }

    /// Parses RFC 4291 text: hex groups, one `::`, and an optional trailing dotted quad.
    /// A `%zone` suffix is not accepted here; callers split it off first.
    public init?(_ text: some StringProtocol) {
        let s = String(text)
        guard !s.isEmpty, s.utf8.count <= 45 else { return nil }
        let parts = s.components(separatedByString: "::")
        guard parts.count <= 2 else { return nil }
        func parseSide(_ side: String, allowTrailingV4: Bool) -> [UInt16]? {
            if side.isEmpty { return [] }
            var result: [UInt16] = []
            let fields = side.split(separator: ":", omittingEmptySubsequences: false)
            for (index, field) in fields.enumerated() {
                if field.isEmpty { return nil }
                if index == fields.count - 1, allowTrailingV4, field.contains(".") {
                    guard let v4 = IPv4Address(field) else { return nil }
                    result.append(UInt16(v4.value >> 16))
                    result.append(UInt16(truncatingIfNeeded: v4.value))
                    continue
                }
                guard field.utf8.count <= 4, let g = UInt16(field, radix: 16) else { return nil }
                result.append(g)
            }
            return result
        }
        var groups: [UInt16]
        if parts.count == 2 {
            guard let head = parseSide(parts[0], allowTrailingV4: false),
                let tail = parseSide(parts[1], allowTrailingV4: true),
                head.count + tail.count <= 7
            else { return nil }
            groups = head + [UInt16](repeating: 0, count: 8 - head.count - tail.count) + tail
        } else {
            guard let all = parseSide(parts[0], allowTrailingV4: true), all.count == 8 else { return nil }
            groups = all
        }
        self.init(groups: groups)
    }

    /// RFC 5952 canonical text (longest run of two or more zero groups compressed).
    public var description: String {
        let g = groups
        var bestStart = -1
        var bestLength = 0
        var i = 0
        while i < 8 {
            if g[i] == 0 {
                var j = i
                while j < 8 && g[j] == 0 { j += 1 }
                if j - i > bestLength && j - i >= 2 {
                    bestStart = i
                    bestLength = j - i
                }
                i = j
            } else {
                i += 1
            }
        }
        func hex(_ range: Range<Int>) -> String {
            range.map { String(g[$0], radix: 16) }.joined(separator: ":")
        }
        if bestStart < 0 { return hex(0..<8) }
        return hex(0..<bestStart) + "::" + hex((bestStart + bestLength)..<8)
    }

    public var isMulticast: Bool { high >> 56 == 0xff }
    /// fe80::/10.
    public var isLinkLocal: Bool { high >> 54 == 0x3fa }
    public var isLoopback: Bool { high == 0 && low == 1 }
    public var isUnspecified: Bool { high == 0 && low == 0 }

    public static func < (lhs: IPv6Address, rhs: IPv6Address) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }

    /// The VRRP multicast group ff02::12 (RFC 5798 section 5.1.2.2).
    public static let vrrpMulticastGroup = IPv6Address(high: 0xff02_0000_0000_0000, low: 0x12)
}

extension String {
    /// Splits on a multi-character separator without Foundation.
    func components(separatedByString separator: String) -> [String] {
        var result: [String] = []
        var current = Substring(self)
        while let range = current.firstRange(of: separator) {
            result.append(String(current[current.startIndex..<range.lowerBound]))
            current = current[range.upperBound...]
        }
        result.append(String(current))
        return result
    }
}
