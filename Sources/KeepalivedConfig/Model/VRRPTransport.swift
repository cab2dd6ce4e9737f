import NetworkPrimitives

/// How an instance's adverts travel: multicast group or unicast peers, source address and TTL
/// (Docs/Keepalived.md §3.2).
public struct VRRPTransport: Hashable, Sendable {
    /// `unicast_src_ip` or `mcast_src_ip`; `nil` means the interface's primary (IPv6: link-local) address.
    public var sourceAddress: IPAddress?
    /// `unicast_peer`: when not empty the instance unicasts to each peer.
    public var unicastPeers: [UnicastPeer]
    /// The multicast destination (`mcast_dst_ip`, else the global group); `nil` in unicast mode.
    public var multicastGroup: IPAddress?
    /// `unicast_ttl`: the TTL of unicast adverts (255 for IPv4 by default; `nil` = kernel default for IPv6).
    public var unicastTTL: UInt8?
    /// `unicast_fault_no_peer`: go to FAULT instead of multicasting when a unicast keyword has no peers.
    public var faultWithoutPeers: Bool
    /// `check_unicast_src` (or the global `vrrp_check_unicast_src`): only accept adverts from listed peers.
    public var checkUnicastSource: Bool
    /// `old_unicast_checksum [never]` (Docs/Keepalived.md §3.3).
    public var oldUnicastChecksum: OldUnicastChecksum

    /// The pre-1.3.6 unicast VRRPv3 checksum compatibility mode.
    public enum OldUnicastChecksum: String, Hashable, Sendable, CaseIterable {
        /// Switch to the old checksum when a peer is seen using it (keepalived's default).
        case automatic = "auto"
        /// Always use the old checksum (bare `old_unicast_checksum`).
        case always
        /// Never switch (`old_unicast_checksum never`).
        case never
    }

    public init() {
        unicastPeers = []
        faultWithoutPeers = false
        checkUnicastSource = false
        oldUnicastChecksum = .automatic
    }

    /// True when adverts are unicast to peers rather than multicast.
    public var isUnicast: Bool { !unicastPeers.isEmpty }
}
