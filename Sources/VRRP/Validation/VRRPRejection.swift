import NetworkPrimitives

/// Why a received advert was dropped, one case per check of Docs/Keepalived.md §3.5 (RFC 5798 section 7.1).
public enum VRRPRejection: Error, Hashable, Sendable {
    /// Arrived on another interface than the instance's.
    case wrongInterface(received: Int)
    /// The sender's address family is not the instance's.
    case familyMismatch(received: AddressFamily)
    /// Too short to hold the fixed VRRP header, or otherwise undecodable.
    case malformed(VRRPDecodingError)
    /// For another virtual router.
    case virtualRouterID(received: UInt8)
    /// The length does not match the address count (step 2), Ethernet padding aside.
    case length(expected: Int, received: Int)
    /// A multicast advert whose TTL or hop limit is not 255 (step 3).
    case ttl(received: UInt8)
    /// A VRRP version other than the instance's (step 4).
    case version(received: UInt8)
    /// A v2 auth type outside 0...2 (step 6).
    case invalidAuthType(UInt8)
    /// A v2 auth type other than ours (step 6).
    case authTypeMismatch(received: UInt8, expected: UInt8)
    /// The PASS password differs from ours (step 6).
    case authPassword
    /// Both sides use IPsec AH, which Vigil does not verify (step 6).
    case authenticationHeaderUnsupported
    /// A v2 advert interval other than ours; keepalived drops these in every version (step 6).
    case intervalMismatch(received: Duration, configured: Duration)
    /// A packet type other than ADVERTISEMENT (step 7).
    case type(UInt8)
    /// The IPv4 Total Length disagrees with the bytes received (step 7).
    case ipTotalLength(totalLength: Int, received: Int)
    /// The checksum is wrong under the instance's checksum mode (step 9).
    case checksum(received: UInt16, expected: UInt16)
    /// A multicast advert reached a unicast instance (step 10).
    case multicastOnUnicastInstance
    /// A unicast advert reached a multicast instance (step 10).
    case unicastOnMulticastInstance
    /// We are the address owner and `owner_ignore_adverts` is set (step 11).
    case ownerIgnoresAdverts
    /// `check_unicast_src`: the sender is not a configured peer (step 13).
    case unknownUnicastSource(IPAddress)
    /// `check_unicast_src`: the peer's TTL or hop limit is outside its `min_ttl`..`max_ttl`.
    case unicastTTLOutOfRange(UInt8)

    /// A stable name for counting this reason (keepalived's statistic name where it has one).
    public var counterName: String {
        switch self {
        case .wrongInterface: "wrong_interface"
        case .familyMismatch: "family_mismatch"
        case .malformed: "malformed"
        case .virtualRouterID: "unknown_vrid"
        case .length: "packet_len_err"
        case .ttl: "ip_ttl_err"
        case .version: "vers_err"
        case .invalidAuthType: "invalid_authtype"
        case .authTypeMismatch: "authtype_mismatch"
        case .authPassword: "auth_failure"
        case .authenticationHeaderUnsupported: "auth_ah_unsupported"
        case .intervalMismatch: "advert_interval_err"
        case .type: "invalid_type_rcvd"
        case .ipTotalLength: "ip_total_length_err"
        case .checksum: "chk_err"
        case .multicastOnUnicastInstance: "multicast_on_unicast"
        case .unicastOnMulticastInstance: "unicast_on_multicast"
        case .ownerIgnoresAdverts: "owner_ignore_adverts"
        case .unknownUnicastSource: "unknown_unicast_src"
        case .unicastTTLOutOfRange: "unicast_ttl_out_of_range"
        }
    }
}
