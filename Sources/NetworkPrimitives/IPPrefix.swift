/// An address with a prefix length, as written `10.0.0.1/24` (host bits are kept).
public struct IPPrefix: Hashable, Sendable, CustomStringConvertible {
    public var address: IPAddress
    public var length: Int

    public init(address: IPAddress, length: Int) {
        self.address = address
        self.length = length
    }

    /// A host prefix: /32 or /128.
    public init(host address: IPAddress) {
        self.address = address
        self.length = address.family.maximumPrefixLength
    }

    /// Parses `ADDR` (a host prefix) or `ADDR/LEN`; LEN must fit the family.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let address = IPAddress(parts[0]) else { return nil }
        if parts.count == 2 {
            guard parts[1].utf8.count <= 3, let length = Int(parts[1]),
                length >= 0, length <= address.family.maximumPrefixLength
            else { return nil }
            self.init(address: address, length: length)
        } else {
            self.init(host: address)
        }
    }

    public var family: AddressFamily { address.family }

    /// True when `other` lies inside this prefix's network.
    public func contains(_ other: IPAddress) -> Bool {
        switch (address, other) {
        case (.v4(let a), .v4(let b)):
            if length == 0 { return true }
            let mask = UInt32.max << UInt32(32 - length)
            return a.value & mask == b.value & mask
        case (.v6(let a), .v6(let b)):
            if length == 0 { return true }
            if length <= 64 {
                let mask = UInt64.max << UInt64(64 - length)
                return a.high & mask == b.high & mask
            }
            let mask = length == 128 ? UInt64.max : UInt64.max << UInt64(128 - length)
            return a.high == b.high && a.low & mask == b.low & mask
        default:
            return false
        }
    }

    public var description: String { "\(address)/\(length)" }
}
