/// `IPVS_DEST_ATTR_FWD_METHOD` (`IP_VS_CONN_F_*` under `IP_VS_CONN_F_FWD_MASK`); other values are
/// kept as they are.
public struct IPVSForwardingMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// NAT (`lb_kind NAT`, ipvsadm `-m`).
    public static let masquerade = IPVSForwardingMethod(rawValue: 0)
    /// The director itself is the real server.
    public static let local = IPVSForwardingMethod(rawValue: 1)
    /// IP-in-IP, GUE or GRE (`lb_kind TUN`, ipvsadm `-i`).
    public static let tunnel = IPVSForwardingMethod(rawValue: 2)
    /// Direct routing (`lb_kind DR`, ipvsadm `-g`).
    public static let route = IPVSForwardingMethod(rawValue: 3)

    /// ipvsadm's column: `Masq`, `Local`, `Tunnel`, `Route`.
    public var description: String {
        switch rawValue {
        case 0: "Masq"
        case 1: "Local"
        case 2: "Tunnel"
        case 3: "Route"
        default: "\(rawValue)"
        }
    }
}
