/// How IPVS forwards to a real server (`lb_kind` / `lvs_method`, Docs/Keepalived.md §5 "Dest nest").
public enum ForwardingMethod: Hashable, Sendable, CustomStringConvertible {
    /// Masquerading: destination NAT, replies must return through the director.
    case nat
    /// Direct routing: MAC rewrite on a shared segment.
    case directRouting
    /// IP tunnelling.
    case tunnel(Tunnel)

    /// Tunnel settings of `TUN [type ipip|gue port N|gre] [nocsum|csum|remcsum]`.
    public struct Tunnel: Hashable, Sendable {
        public enum Encapsulation: Hashable, Sendable {
            case ipip
            case gue(port: UInt16)
            case gre
        }

        public enum Checksum: String, Hashable, Sendable {
            case none = "nocsum"
            case checksum = "csum"
            case remoteChecksum = "remcsum"
        }

        public var encapsulation: Encapsulation
        public var checksum: Checksum

        public init(encapsulation: Encapsulation = .ipip, checksum: Checksum = .none) {
            self.encapsulation = encapsulation
            self.checksum = checksum
        }
    }

    /// IPVS_DEST_ATTR_FWD_METHOD: masquerade 0, tunnel 2, route 3.
    public var ipvsValue: UInt32 {
        switch self {
        case .nat: 0
        case .tunnel: 2
        case .directRouting: 3
        }
    }

    /// keepalived's keyword.
    public var description: String {
        switch self {
        case .nat: "NAT"
        case .directRouting: "DR"
        case .tunnel: "TUN"
        }
    }
}
