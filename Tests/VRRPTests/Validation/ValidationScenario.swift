import NetworkPrimitives

@testable import VRRP

/// A received advert and the instance judging it, built from a valid default and then bent by
/// one table row at a time.
struct ValidationScenario: Sendable {
    static let lb1 = IPAddress.v4(IPv4Address(10, 99, 0, 2))
    static let lb2 = IPAddress.v4(IPv4Address(10, 99, 0, 3))
    static let vip = IPAddress.v4(IPv4Address(10, 99, 0, 100))
    static let group4 = IPAddress.v4(.vrrpMulticastGroup)

    var advertisement: VRRPAdvertisement
    var family: AddressFamily
    var senderChecksumMode: VRRPChecksumContext.Mode = .standard
    var metadata: VRRPReceiveMetadata
    var policy: VRRPReceivePolicy
    /// Edits the encoded bytes; the checksum is then recomputed unless `breaksChecksum`.
    var patch: (@Sendable (inout [UInt8]) -> Void)?
    var breaksChecksum = false
    var extraBytes = 0

    /// A valid multicast advert from lb1 for VRID 51 with one VIP.
    static func multicast(_ version: VRRPVersion, family: AddressFamily = .inet) -> ValidationScenario {
        let vip: IPAddress = family == .inet ? vip : .v6(IPv6Address(high: 0xfd99 << 48, low: 0x100))
        let source: IPAddress = family == .inet ? lb1 : .v6(IPv6Address(high: 0xfe80 << 48, low: 0x0099_00ff_fe00_0002))
        let destination: IPAddress = family == .inet ? group4 : .v6(.vrrpMulticastGroup)
        let advertisement = VRRPAdvertisement(
            version: version, virtualRouterID: 51, priority: 100, advertisementInterval: .seconds(1), addresses: [vip])
        let metadata = VRRPReceiveMetadata(
            source: source, destination: destination, hopLimit: 255, interfaceIndex: 2,
            ipv4HeaderLength: family == .inet ? 20 : 0)
        let policy = VRRPReceivePolicy(
            version: version, virtualRouterID: 51, family: family, advertisementInterval: .seconds(1), addresses: [vip],
            priority: 101, interfaceIndex: 2)
        return ValidationScenario(advertisement: advertisement, family: family, metadata: metadata, policy: policy)
    }

    /// A valid v3/IPv4 unicast advert from lb1 to lb2, the instance checking its source.
    static func unicast() -> ValidationScenario {
        var scenario = multicast(.v3)
        scenario.metadata.destination = lb2
        scenario.metadata.hopLimit = 64
        scenario.policy.transport = .unicast(peers: [VRRPUnicastPeer(address: lb1)], checksSource: true)
        return scenario
    }

    var bytes: [UInt8] {
        let context = VRRPChecksumContext(
            source: metadata.source, destination: metadata.destination, mode: senderChecksumMode)
        var bytes = VRRPCodec.encode(advertisement, family: family, checksum: context)
        if let patch {
            patch(&bytes)
            if bytes.count >= 8 {
                let version = VRRPVersion(rawValue: bytes[0] >> 4) ?? advertisement.version
                let sum = VRRPChecksum.compute(bytes[...], version: version, family: family, context: context)
                bytes[6] = UInt8(sum >> 8)
                bytes[7] = UInt8(sum & 0xff)
            }
        }
        if breaksChecksum { bytes[7] ^= 0x01 }
        bytes += [UInt8](repeating: 0, count: extraBytes)
        return bytes
    }

    /// Validates; an IPv4 total length left nil is filled in from the unpadded bytes.
    func validate() -> AdvertisementValidation {
        let bytes = bytes
        var metadata = metadata
        if family == .inet && metadata.ipv4TotalLength == nil {
            metadata.ipv4TotalLength = metadata.ipv4HeaderLength + bytes.count - extraBytes
        }
        return AdvertisementValidator.validate(bytes, metadata: metadata, policy: policy)
    }

    func with(_ change: (inout ValidationScenario) -> Void) -> ValidationScenario {
        var copy = self
        change(&copy)
        return copy
    }
}
