import NetworkPrimitives

/// What identifies an IPVS virtual service: an address, port and protocol, or a firewall mark.
public enum ServiceKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Port 0 means every port of the address.
    case endpoint(address: IPAddress, port: UInt16, protocol: TransportProtocol)
    case fwmark(UInt32, family: AddressFamily)

    public var family: AddressFamily {
        switch self {
        case .endpoint(let address, _, _): address.family
        case .fwmark(_, let family): family
        }
    }

    /// The port traffic arrives on, 0 for fwmark and all-port services.
    public var port: UInt16 {
        switch self {
        case .endpoint(_, let port, _): port
        case .fwmark: 0
        }
    }

    /// keepalived's log form: `[10.0.0.1]:tcp:80` or `FWM 1`.
    public var description: String {
        switch self {
        case .endpoint(let address, let port, let proto): "[\(address)]:\(proto.rawValue):\(port)"
        case .fwmark(let mark, _): "FWM \(mark)"
        }
    }

    /// Endpoints by address, protocol and port; fwmarks after them by family and mark.
    public static func < (lhs: ServiceKey, rhs: ServiceKey) -> Bool {
        switch (lhs, rhs) {
        case (.endpoint(let a, let p, let t), .endpoint(let b, let q, let u)):
            if a != b { return a < b }
            if t != u { return t < u }
            return p < q
        case (.endpoint, .fwmark): return true
        case (.fwmark, .endpoint): return false
        case (.fwmark(let m, let f), .fwmark(let n, let g)):
            if f != g { return f == .inet }
            return m < n
        }
    }
}
