/// How IPVS forwards to a real server (`lb_kind` / `lvs_method`); keepalived's default is NAT.
public enum LBKind: Hashable, Sendable {
    /// `NAT`: masquerading.
    case nat
    /// `DR`: direct routing.
    case directRouting
    /// `TUN [type ipip|gue|gre] [port N] [nocsum|csum|remcsum]`: tunnelling.
    case tunnel(Tunnel)

    /// The options of a tunnelled real server.
    public struct Tunnel: Hashable, Sendable {
        public var type: TunnelType
        /// The GUE destination port (GUE only).
        public var port: UInt16?
        public var checksum: TunnelChecksum

        public init(type: TunnelType = .ipip, port: UInt16? = nil, checksum: TunnelChecksum = .none) {
            self.type = type
            self.port = port
            self.checksum = checksum
        }
    }

    public enum TunnelType: String, Hashable, Sendable, CaseIterable {
        case ipip, gue, gre
    }

    public enum TunnelChecksum: String, Hashable, Sendable, CaseIterable {
        case none = "nocsum"
        case checksum = "csum"
        case remoteChecksum = "remcsum"
    }

    /// The keepalived keyword for the method: `NAT`, `DR` or `TUN`.
    public var keyword: String {
        switch self {
        case .nat: "NAT"
        case .directRouting: "DR"
        case .tunnel: "TUN"
        }
    }
}
