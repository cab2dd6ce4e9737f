/// The transport protocol of an IPVS service, as the IP protocol number IPVS carries in a u16
/// (`IPVS_SVC_ATTR_PROTOCOL`); values other than the three IPVS balances are kept as they are.
public struct IPVSProtocol: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt16

    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let tcp = IPVSProtocol(rawValue: 6)
    public static let udp = IPVSProtocol(rawValue: 17)
    public static let sctp = IPVSProtocol(rawValue: 132)

    /// ipvsadm's spelling: `TCP`, `UDP`, `SCTP`, or the number.
    public var description: String {
        switch rawValue {
        case 6: "TCP"
        case 17: "UDP"
        case 132: "SCTP"
        default: "\(rawValue)"
        }
    }
}
