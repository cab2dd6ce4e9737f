import NetworkPrimitives

extension AddressFamily {
    /// `AF_INET` = 2, `AF_INET6` = 10 (linux/socket.h).
    public var linuxValue: UInt8 {
        switch self {
        case .inet: 2
        case .inet6: 10
        }
    }

    /// The family for a Linux `AF_*` value, or nil for any other family.
    public init?(linuxValue: UInt8) {
        switch linuxValue {
        case 2: self = .inet
        case 10: self = .inet6
        default: return nil
        }
    }

    /// `AF_UNSPEC`, for dumps over every family.
    public static let unspecifiedLinuxValue: UInt8 = 0
}
