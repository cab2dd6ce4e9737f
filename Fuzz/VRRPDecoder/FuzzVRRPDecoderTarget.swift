import NetworkPrimitives
import VRRP

/// What one fuzz input exercises. Decoding and validation must never trap; a broken round-trip
/// property traps on purpose so libFuzzer keeps the input.
enum FuzzVRRPDecoder {
    static let source4 = IPAddress.v4(IPv4Address(10, 99, 0, 2))
    static let peer4 = IPAddress.v4(IPv4Address(10, 99, 0, 3))
    static let group4 = IPAddress.v4(.vrrpMulticastGroup)
    static let source6 = IPAddress.v6(IPv6Address(high: 0xfe80 << 48, low: 2))
    static let group6 = IPAddress.v6(.vrrpMulticastGroup)

    static let policies: [(VRRPReceivePolicy, VRRPReceiveMetadata)] = [
        (
            VRRPReceivePolicy(
                version: .v3, virtualRouterID: 51, family: .inet, advertisementInterval: .seconds(1),
                addresses: [.v4(IPv4Address(10, 99, 0, 100))], priority: 100),
            VRRPReceiveMetadata(source: source4, destination: group4, hopLimit: 255, ipv4HeaderLength: 20)
        ),
        (
            VRRPReceivePolicy(
                version: .v2, virtualRouterID: 51, family: .inet, authentication: .password(Array("secret12".utf8)),
                advertisementInterval: .seconds(1), addresses: [.v4(IPv4Address(10, 99, 0, 100))], priority: 100),
            VRRPReceiveMetadata(source: source4, destination: group4, hopLimit: 255)
        ),
        (
            VRRPReceivePolicy(
                version: .v3, virtualRouterID: 51, family: .inet,
                advertisementInterval: .seconds(1),
                transport: .unicast(peers: [VRRPUnicastPeer(address: source4, ttlRange: 64...255)], checksSource: true),
                addresses: [], priority: 255),
            VRRPReceiveMetadata(source: source4, destination: peer4, hopLimit: 64, ipv4HeaderLength: 20)
        ),
        (
            VRRPReceivePolicy(
                version: .v3, virtualRouterID: 51, family: .inet6, advertisementInterval: .seconds(1),
                addresses: [], priority: 100),
            VRRPReceiveMetadata(source: source6, destination: group6, hopLimit: 255)
        ),
    ]

    static func fuzzOne(_ bytes: [UInt8]) {
        for family in AddressFamily.allCases { checkRoundTrip(bytes, family: family) }
        for (policy, metadata) in policies { checkValidation(bytes, policy: policy, metadata: metadata) }
        if let datagram = try? IPv4Header.decodeVRRPDatagram(bytes) {
            let metadata = VRRPReceiveMetadata(ipv4Header: datagram.header)
            for (policy, _) in policies { checkValidation(datagram.message, policy: policy, metadata: metadata) }
        }
        _ = try? VRRPWireHeader(parsing: bytes).messageLength(family: .inet)
    }

    /// decode(encode(x)) == x for anything that decodes, under every checksum mode.
    static func checkRoundTrip(_ bytes: [UInt8], family: AddressFamily) {
        guard let packet = try? VRRPCodec.decode(bytes, family: family, ipHeaderLength: 20) else { return }
        let (source, destination) = family == .inet ? (source4, peer4) : (source6, group6)
        for mode in VRRPChecksumContext.Mode.allCases {
            let context = VRRPChecksumContext(source: source, destination: destination, mode: mode)
            let encoded = VRRPCodec.encode(packet.advertisement, family: family, checksum: context)
            guard let again = try? VRRPCodec.decode(encoded, family: family, checksum: context) else {
                fatalError("re-encoded advert does not decode: \(packet)")
            }
            if again.advertisement != packet.advertisement || again.wireLength != encoded.count {
                fatalError("round trip changed the advert: \(packet) -> \(again)")
            }
        }
    }

    /// An accepted advert is exactly what the structural decoder reads from the same bytes.
    static func checkValidation(_ bytes: [UInt8], policy: VRRPReceivePolicy, metadata: VRRPReceiveMetadata) {
        let result = AdvertisementValidator.validate(bytes, metadata: metadata, policy: policy)
        guard let accepted = result.accepted else { return }
        let decoded = try? VRRPCodec.decode(bytes, family: policy.family, ipHeaderLength: metadata.ipv4HeaderLength)
        if decoded?.advertisement != accepted.advertisement {
            fatalError("validator accepted \(accepted) but the decoder read \(String(describing: decoded))")
        }
    }
}
