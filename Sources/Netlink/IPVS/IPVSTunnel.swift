/// Encapsulation of a tunnelled destination: `IPVS_DEST_ATTR_TUN_TYPE`, `_TUN_PORT` (GUE's UDP
/// port) and `_TUN_FLAGS` (checksum mode).
public struct IPVSTunnel: Hashable, Sendable {
    /// `IP_VS_CONN_F_TUNNEL_TYPE_*`.
    public struct Kind: RawRepresentable, Hashable, Sendable {
        public var rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let ipip = Kind(rawValue: 0)
        public static let gue = Kind(rawValue: 1)
        public static let gre = Kind(rawValue: 2)
    }

    /// `IP_VS_TUNNEL_ENCAP_FLAG_*`.
    public struct Checksum: RawRepresentable, Hashable, Sendable {
        public var rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }

        public static let none = Checksum(rawValue: 0)
        public static let checksum = Checksum(rawValue: 1)
        public static let remoteChecksum = Checksum(rawValue: 2)
    }

    public var kind: Kind
    /// GUE's destination UDP port; 0 otherwise.
    public var port: UInt16
    public var checksum: Checksum

    public init(kind: Kind = .ipip, port: UInt16 = 0, checksum: Checksum = .none) {
        self.kind = kind
        self.port = port
        self.checksum = checksum
    }

    /// Plain IP-in-IP, the default.
    public static let ipip = IPVSTunnel()
}
