/// The transport protocol of a virtual service (`protocol TCP|UDP|SCTP`).
public enum TransportProtocol: String, Hashable, Comparable, Sendable, CaseIterable {
    case tcp
    case udp
    case sctp

    /// The IP protocol number IPVS expects (Docs/Keepalived.md §5).
    public var ipProtocolNumber: UInt8 {
        switch self {
        case .tcp: 6
        case .udp: 17
        case .sctp: 132
        }
    }

    public static func < (lhs: TransportProtocol, rhs: TransportProtocol) -> Bool {
        lhs.ipProtocolNumber < rhs.ipProtocolNumber
    }
}
