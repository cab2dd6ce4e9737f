import NetworkPrimitives
import Testing

@testable import VRRP

@Suite struct AdvertisementValidatorGoldenTests {
    /// The policy of a keepalived instance configured like the sender of `packet`.
    static func matchingPolicy(for packet: VRRPPacket, message: GoldenMessage) -> VRRPReceivePolicy {
        let ad = packet.advertisement
        return VRRPReceivePolicy(
            version: ad.version, virtualRouterID: ad.virtualRouterID, family: message.family,
            authentication: ad.authentication == .ipAuthenticationHeader ? .none : ad.authentication,
            advertisementInterval: ad.advertisementInterval,
            transport: message.destination.isMulticast ? .multicast : .unicast(peers: [], checksSource: false),
            addresses: ad.addresses, priority: 100)
    }

    @Test func everyCapturedAdvertIsAcceptedByAnInstanceConfiguredLikeItsSender() throws {
        var checked = 0
        for (frame, message) in try GoldenVectors.capturedMessages() {
            let packet = try VRRPCodec.decode(message.bytes, family: message.family)
            // AH-protected adverts carry auth type 2 and are refused: Vigil implements no AH.
            if packet.advertisement.authentication == .ipAuthenticationHeader { continue }
            let ipHeaderLength = message.family == .inet ? 20 : 0
            let hopLimit = frame.bytes[message.family == .inet ? 22 : 21]
            let metadata = VRRPReceiveMetadata(
                source: message.source, destination: message.destination, hopLimit: hopLimit,
                ipv4HeaderLength: ipHeaderLength,
                ipv4TotalLength: message.family == .inet ? ipHeaderLength + message.bytes.count : nil)
            let policy = Self.matchingPolicy(for: packet, message: message)
            let result = AdvertisementValidator.validate(message.bytes, metadata: metadata, policy: policy)
            #expect(
                result == .accepted(.init(advertisement: packet.advertisement, source: message.source)),
                "\(frame.testDescription)")
            checked += 1
        }
        #expect(checked >= 90)
    }

    @Test func aCapturedAHAdvertIsRefusedAsAnAuthTypeMismatch() throws {
        let (_, message) = try #require(
            try GoldenVectors.capturedMessages().first { $0.frame.caseName == "v2_ipv4_mcast_auth_ah" })
        let packet = try VRRPCodec.decode(message.bytes, family: .inet)
        let metadata = VRRPReceiveMetadata(
            source: message.source, destination: message.destination, hopLimit: 255, ipv4HeaderLength: 20)
        let policy = Self.matchingPolicy(for: packet, message: message)
        #expect(
            AdvertisementValidator.validate(message.bytes, metadata: metadata, policy: policy)
                == .rejected(.authTypeMismatch(received: 2, expected: 0)))
    }
}
