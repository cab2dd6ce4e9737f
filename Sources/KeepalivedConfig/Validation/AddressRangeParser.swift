import NetworkPrimitives

/// `a.b.c.d`, `a.b.c.d-e` (last IPv4 octet), `x::y-z` (last IPv6 group, hex), `A-B` (two addresses),
/// or `A/LEN` (the whole network).
enum AddressRangeParser {
    static func parse(_ text: String) -> (IPAddress, IPAddress)? {
        if let slash = text.firstIndex(of: "/") {
            guard let prefix = IPPrefix(text), slash != text.startIndex else { return nil }
            return network(prefix)
        }
        guard let dash = text.lastIndex(of: "-") else {
            return IPAddress(text).map { ($0, $0) }
        }
        guard let first = IPAddress(text[..<dash]) else { return nil }
        let end = text[text.index(after: dash)...]
        if let last = IPAddress(end), last.family == first.family, first <= last { return (first, last) }
        switch first {
        case .v4(let address):
            guard let octet = UInt8(end), octet >= UInt8(address.value & 0xff) else { return nil }
            return (first, .v4(IPv4Address(address.value & ~0xff | UInt32(octet))))
        case .v6(let address):
            guard end.utf8.count <= 4, let group = UInt16(end, radix: 16), UInt64(group) >= address.low & 0xffff
            else { return nil }
            return (first, .v6(IPv6Address(high: address.high, low: address.low & ~0xffff | UInt64(group))))
        }
    }

    private static func network(_ prefix: IPPrefix) -> (IPAddress, IPAddress) {
        switch prefix.address {
        case .v4(let address):
            let hostBits: UInt32 = prefix.length == 0 ? .max : (prefix.length == 32 ? 0 : .max >> UInt32(prefix.length))
            return (.v4(IPv4Address(address.value & ~hostBits)), .v4(IPv4Address(address.value | hostBits)))
        case .v6(let address):
            let length = prefix.length
            let highMask: UInt64 = length >= 64 ? 0 : (length == 0 ? .max : .max >> UInt64(length))
            let lowMask: UInt64 = length >= 128 ? 0 : (length <= 64 ? .max : .max >> UInt64(length - 64))
            return (
                .v6(IPv6Address(high: address.high & ~highMask, low: address.low & ~lowMask)),
                .v6(IPv6Address(high: address.high | highMask, low: address.low | lowMask))
            )
        }
    }
}
