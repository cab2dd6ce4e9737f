import NetworkPrimitives

/// The IP addresses and algorithm a VRRP checksum is computed with (RFC 5798 section 5.2.8).
public struct VRRPChecksumContext: Hashable, Sendable {
    /// How a VRRPv3-over-IPv4 checksum treats the IPv4 pseudo-header. IPv6 always uses its
    /// pseudo-header and VRRPv2 over IPv4 never does, whatever the mode.
    public enum Mode: Hashable, Sendable, CaseIterable {
        /// Pseudo-header with the real destination (keepalived's and Wireshark's default).
        case standard
        /// No pseudo-header, as RFC 9568 and most routers do (keepalived `v3_checksum_as_v2`).
        case v3AsV2
        /// Pseudo-header with 224.0.0.18 even for unicast (keepalived <= 1.3.6, `old_unicast_checksum`).
        case oldUnicast
    }

    public var source: IPAddress
    public var destination: IPAddress
    public var mode: Mode

    public init(source: IPAddress, destination: IPAddress, mode: Mode = .standard) {
        self.source = source
        self.destination = destination
        self.mode = mode
    }
}
