import NetworkPrimitives
import Testing

@testable import VRRP

@Suite struct VRRPChecksumTests {
    static let lb1 = VRRPCodecTests.lb1
    static let lb2 = VRRPCodecTests.lb2
    static let group = VRRPCodecTests.group

    @Test func v2IgnoresTheAddressesAndTheMode() {
        let ad = VRRPCodecTests.advert(.v2)
        let reference = VRRPCodec.encode(ad, family: .inet, checksum: .init(source: Self.lb1, destination: Self.group))
        for mode in VRRPChecksumContext.Mode.allCases {
            let context = VRRPChecksumContext(source: Self.lb2, destination: Self.lb1, mode: mode)
            #expect(VRRPCodec.encode(ad, family: .inet, checksum: context) == reference)
        }
        #expect(InternetChecksum.compute(reference) == 0)
    }

    @Test func v3OverIPv4CoversThePseudoHeaderWithTheRealDestination() {
        let ad = VRRPCodecTests.advert(.v3)
        let toGroup = VRRPCodec.encode(ad, family: .inet, checksum: .init(source: Self.lb1, destination: Self.group))
        let toPeer = VRRPCodec.encode(ad, family: .inet, checksum: .init(source: Self.lb1, destination: Self.lb2))
        #expect(toGroup != toPeer)
        #expect(InternetChecksum.compute(toGroup) != 0)
    }

    @Test func v3AsV2ModeLeavesThePseudoHeaderOut() throws {
        let ad = VRRPCodecTests.advert(.v3)
        let context = VRRPChecksumContext(source: Self.lb1, destination: Self.group, mode: .v3AsV2)
        let bytes = VRRPCodec.encode(ad, family: .inet, checksum: context)
        #expect(InternetChecksum.compute(bytes) == 0)
        #expect(throws: VRRPDecodingError.self) {
            try VRRPCodec.decode(bytes, family: .inet, checksum: .init(source: Self.lb1, destination: Self.group))
        }
        #expect(try VRRPCodec.decode(bytes, family: .inet, checksum: context).advertisement == ad)
    }

    @Test func oldUnicastModePutsTheMulticastGroupInThePseudoHeader() throws {
        let ad = VRRPCodecTests.advert(.v3)
        let old = VRRPCodec.encode(
            ad, family: .inet, checksum: .init(source: Self.lb1, destination: Self.lb2, mode: .oldUnicast))
        let asIfMulticast = VRRPCodec.encode(
            ad, family: .inet, checksum: .init(source: Self.lb1, destination: Self.group))
        #expect(old == asIfMulticast)
        #expect(throws: VRRPDecodingError.self) {
            try VRRPCodec.decode(old, family: .inet, checksum: .init(source: Self.lb1, destination: Self.lb2))
        }
    }

    @Test func theCapturedUnicastV3AdvertUsesTheRealDestinationNotTheOldOne() throws {
        let message = try #require(
            try GoldenVectors.capturedMessages().map(\.message).first { $0.name.hasPrefix("v3_ipv4_ucast") })
        #expect(message.destination == Self.lb2)
        #expect(VRRPChecksum.isValid(message.bytes[...], version: .v3, family: .inet, context: message.context))
        var old = message.context
        old.mode = .oldUnicast
        #expect(!VRRPChecksum.isValid(message.bytes[...], version: .v3, family: .inet, context: old))
    }

    @Test func ipv6UsesItsPseudoHeaderWhateverTheVersionOrMode() throws {
        let source = try #require(IPAddress("fe80::99:ff:fe00:2"))
        let destination = IPAddress.v6(.vrrpMulticastGroup)
        let ad = VRRPCodecTests.advert(.v3, addresses: [try #require(IPAddress("fd99::100"))])
        let standard = VRRPCodec.encode(ad, family: .inet6, checksum: .init(source: source, destination: destination))
        for mode in VRRPChecksumContext.Mode.allCases {
            let context = VRRPChecksumContext(source: source, destination: destination, mode: mode)
            #expect(VRRPCodec.encode(ad, family: .inet6, checksum: context) == standard)
        }
        // The value keepalived's kernel computed for this advert (VECTORS.txt, v3_ipv6_mcast).
        #expect(standard[6] == 0x6d && standard[7] == 0x14)
    }
}
