import NetworkPrimitives

extension ProbeTarget {
    /// `host:port` as keepalived writes it in a `Host:` header (RFC 3986 §3.2.2 brackets for IPv6).
    public var hostHeaderValue: String {
        switch address {
        case .v4: "\(address):\(port)"
        case .v6: "[\(address)]:\(port)"
        }
    }

    /// The wildcard address of `address`'s family, bound when only `bind_port` is given.
    public static func unspecified(like address: IPAddress) -> IPAddress {
        switch address {
        case .v4: IPAddress(bytes: [UInt8](repeating: 0, count: 4)) ?? address
        case .v6: IPAddress(bytes: [UInt8](repeating: 0, count: 16)) ?? address
        }
    }
}

extension IPAddress {
    /// fe80::/10 (RFC 4291 §2.5.6): needs an interface to be reachable.
    public var isIPv6LinkLocal: Bool {
        guard case .v6 = self else { return false }
        let bytes = self.bytes
        return bytes[0] == 0xfe && bytes[1] & 0xc0 == 0x80
    }
}
