/// The VRRP protocol version an instance speaks: 2 (RFC 3768) or 3 (RFC 5798).
public enum ConfiguredVRRPVersion: Int, Hashable, Sendable, CaseIterable {
    case v2 = 2
    case v3 = 3
}
