/// An IPv4 or IPv6 address.
public enum IPAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
    case v4(IPv4Address)
    case v6(IPv6Address)

    /// Parses either family; IPv6 text is recognised by its colon.
    public init?(_ text: some StringProtocol) {
        if text.contains(":") {
            guard let a = IPv6Address(text) else { return nil }
            self = .v6(a)
        } else {
            guard let a = IPv4Address(text) else { return nil }
            self = .v4(a)
        }
    }

    public init?(bytes: some Collection<UInt8>) {
        switch bytes.count {
        case 4: guard let a = IPv4Address(bytes: bytes) else { return nil }; self = .v4(a)
        case 16: guard let a = IPv6Address(bytes: bytes) else { return nil }; self = .v6(a)
        default: return nil
        }
    }

    public var family: AddressFamily {
        switch self {
        case .v4: .inet
        case .v6: .inet6
        }
    }

    public var bytes: [UInt8] {
        switch self {
        case .v4(let a): a.bytes
        case .v6(let a): a.bytes
        }
    }

    public var isMulticast: Bool {
        switch self {
        case .v4(let a): a.isMulticast
        case .v6(let a): a.isMulticast
        }
    }

    public var description: String {
        switch self {
        case .v4(let a): a.description
        case .v6(let a): a.description
        }
    }

    /// IPv4 sorts before IPv6; within a family, unsigned numeric order (the VRRP tie-break order).
    public static func < (lhs: IPAddress, rhs: IPAddress) -> Bool {
        switch (lhs, rhs) {
        case (.v4(let a), .v4(let b)): a < b
        case (.v6(let a), .v6(let b)): a < b
        case (.v4, .v6): true
        case (.v6, .v4): false
        }
    }
}

/// An address family, named as Linux names it.
public enum AddressFamily: String, Hashable, Sendable, CaseIterable {
    case inet
    case inet6

    /// Address length in bytes.
    public var addressLength: Int {
        switch self {
        case .inet: 4
        case .inet6: 16
        }
    }

    public var maximumPrefixLength: Int { addressLength * 8 }
}
