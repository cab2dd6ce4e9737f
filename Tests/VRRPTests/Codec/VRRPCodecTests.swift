import NetworkPrimitives
import Testing

@testable import VRRP

@Suite struct VRRPCodecTests {
    static let lb1 = IPAddress.v4(IPv4Address(10, 99, 0, 2))
    static let lb2 = IPAddress.v4(IPv4Address(10, 99, 0, 3))
    static let group = IPAddress.v4(.vrrpMulticastGroup)
    static let vip = IPAddress.v4(IPv4Address(10, 99, 0, 100))

    static func advert(
        _ version: VRRPVersion, interval: Duration = .seconds(1), addresses: [IPAddress] = [vip],
        authentication: VRRPAuthentication = .none
    ) -> VRRPAdvertisement {
        VRRPAdvertisement(
            version: version, virtualRouterID: 51, priority: 101, advertisementInterval: interval,
            addresses: addresses, authentication: authentication)
    }

    static func randomAdvertisement(
        family: AddressFamily, using rng: inout SplitMix64
    ) -> VRRPAdvertisement {
        let version: VRRPVersion = Bool.random(using: &rng) ? .v2 : .v3
        let addresses = (0..<Int.random(in: 0...20, using: &rng)).map { _ in randomAddress(family, using: &rng) }
        let interval: Duration =
            version == .v2
            ? .seconds(Int.random(in: 0...255, using: &rng)) : .milliseconds(10 * Int.random(in: 0...4095, using: &rng))
        var authentication = VRRPAuthentication.none
        if version == .v2 {
            switch Int.random(in: 0...2, using: &rng) {
            case 1 where family == .inet:
                authentication = .password(
                    (0..<Int.random(in: 1...8, using: &rng)).map { _ in UInt8.random(in: 1...255, using: &rng) })
            case 2: authentication = .ipAuthenticationHeader
            default: authentication = .none
            }
        }
        return VRRPAdvertisement(
            version: version, virtualRouterID: .random(in: 0...255, using: &rng),
            priority: .random(in: 0...255, using: &rng),
            advertisementInterval: interval, addresses: addresses, authentication: authentication)
    }

    static func randomAddress(_ family: AddressFamily, using rng: inout SplitMix64) -> IPAddress {
        switch family {
        case .inet: .v4(IPv4Address(UInt32.random(in: 0...UInt32.max, using: &rng)))
        case .inet6: .v6(IPv6Address(high: rng.next(), low: rng.next()))
        }
    }

    @Test(arguments: [AddressFamily.inet, .inet6])
    func randomAdvertisementsSurviveEncodeThenDecode(family: AddressFamily) throws {
        var rng = SplitMix64(seed: 0x5eed_0000 + UInt64(family.addressLength))
        for _ in 0..<2000 {
            let advertisement = Self.randomAdvertisement(family: family, using: &rng)
            let mode = VRRPChecksumContext.Mode.allCases.randomElement(using: &rng) ?? .standard
            let context = VRRPChecksumContext(
                source: Self.randomAddress(family, using: &rng), destination: Self.randomAddress(family, using: &rng),
                mode: mode)
            let bytes = VRRPCodec.encode(advertisement, family: family, checksum: context)
            let packet = try VRRPCodec.decode(bytes, family: family, checksum: context)
            #expect(packet.advertisement == advertisement)
            #expect(packet.wireLength == bytes.count)
            #expect(VRRPChecksum.isValid(bytes[...], version: advertisement.version, family: family, context: context))
        }
    }

    @Test(arguments: [
        (VRRPVersion.v2, AddressFamily.inet, 3, 28), (.v3, .inet, 3, 20), (.v3, .inet6, 2, 40), (.v2, .inet6, 1, 24),
        (.v2, .inet, 0, 16), (.v3, .inet, 0, 8),
    ])
    func theMessageLengthFollowsVersionFamilyAndAddressCount(
        version: VRRPVersion, family: AddressFamily, count: Int, length: Int
    ) throws {
        var rng = SplitMix64(seed: 7)
        let addresses = (0..<count).map { _ in Self.randomAddress(family, using: &rng) }
        let context = VRRPChecksumContext(source: Self.lb1, destination: Self.group)
        let bytes = VRRPCodec.encode(Self.advert(version, addresses: addresses), family: family, checksum: context)
        #expect(bytes.count == length)
        #expect(bytes[3] == UInt8(count))
    }

    @Test func addressesOfTheOtherFamilyAreLeftOutOfTheCount() throws {
        let mixed = [Self.vip, .v6(IPv6Address.vrrpMulticastGroup), Self.lb2]
        let context = VRRPChecksumContext(source: Self.lb1, destination: Self.group)
        let bytes = VRRPCodec.encode(Self.advert(.v3, addresses: mixed), family: .inet, checksum: context)
        #expect(try VRRPCodec.decode(bytes, family: .inet).advertisement.addresses == [Self.vip, Self.lb2])
    }

    @Test(arguments: [
        ("secret12", "secret12"), ("abc", "abc\0\0\0\0\0"), ("longpassword", "longpass"),
    ])
    func aPasswordIsNulPaddedOrTruncatedToEightBytes(password: String, wire: String) throws {
        let ad = Self.advert(.v2, authentication: .password(Array(password.utf8)))
        let context = VRRPChecksumContext(source: Self.lb1, destination: Self.group)
        let bytes = VRRPCodec.encode(ad, family: .inet, checksum: context)
        #expect(bytes[4] == 1)
        #expect(Array(bytes.suffix(8)) == Array(wire.utf8))
        let decoded = try VRRPCodec.decode(bytes, family: .inet, checksum: context).advertisement.authentication
        #expect(decoded == .password(Array(password.utf8.prefix(8))))
    }

    @Test(arguments: [
        (VRRPVersion.v2, Duration.milliseconds(1499), UInt16(0x0001)), (.v2, .milliseconds(1500), 0x0002),
        (.v2, .seconds(300), 0x00ff), (.v2, .seconds(-3), 0x0000), (.v3, .milliseconds(104), 10),
        (.v3, .milliseconds(105), 11), (.v3, .seconds(41), 4095), (.v3, .seconds(1), 100),
    ])
    func theIntervalIsRoundedToTheWireUnitAndClamped(version: VRRPVersion, interval: Duration, field: UInt16) {
        let context = VRRPChecksumContext(source: Self.lb1, destination: Self.group)
        let bytes = VRRPCodec.encode(Self.advert(version, interval: interval), family: .inet, checksum: context)
        let word = UInt16(bytes[4]) << 8 | UInt16(bytes[5])
        #expect(version == .v2 ? word & 0xff == field : word == field)
    }

    @Test func v3ReservedBitsAreIgnoredOnReceive() throws {
        let context = VRRPChecksumContext(source: Self.lb1, destination: Self.group)
        var bytes = VRRPCodec.encode(Self.advert(.v3), family: .inet, checksum: context)
        bytes[4] |= 0xf0
        bytes[6] = 0
        bytes[7] = 0
        let sum = VRRPChecksum.compute(bytes[...], version: .v3, family: .inet, context: context)
        bytes[6] = UInt8(sum >> 8)
        bytes[7] = UInt8(sum & 0xff)
        #expect(try VRRPCodec.decode(bytes, family: .inet, checksum: context).advertisement == Self.advert(.v3))
    }

    @Test(arguments: [
        (UInt8(0x11), VRRPDecodingError.unsupportedVersion(1)), (0x41, .unsupportedVersion(4)),
        (0x01, .unsupportedVersion(0)), (0x22, .unsupportedType(2)), (0x30, .unsupportedType(0)),
    ])
    func aForeignVersionOrTypeIsRejected(firstByte: UInt8, error: VRRPDecodingError) {
        let context = VRRPChecksumContext(source: Self.lb1, destination: Self.group)
        var bytes = VRRPCodec.encode(Self.advert(.v2), family: .inet, checksum: context)
        bytes[0] = firstByte
        #expect(throws: error) { try VRRPCodec.decode(bytes, family: .inet) }
    }

    @Test func anUnknownV2AuthTypeIsRejectedAndAHIsRecognised() throws {
        let context = VRRPChecksumContext(source: Self.lb1, destination: Self.group)
        var bytes = VRRPCodec.encode(Self.advert(.v2), family: .inet, checksum: context)
        bytes[4] = 3
        #expect(throws: VRRPDecodingError.unknownAuthenticationType(3)) { try VRRPCodec.decode(bytes, family: .inet) }
        bytes[4] = 2
        #expect(try VRRPCodec.decode(bytes, family: .inet).advertisement.authentication == .ipAuthenticationHeader)
    }

    @Test func aLongerBufferIsRejectedUnlessItIsEthernetPadding() throws {
        let context = VRRPChecksumContext(source: Self.lb1, destination: Self.group)
        let v3 = VRRPCodec.encode(Self.advert(.v3), family: .inet, checksum: context)
        // 20-byte IP header + 12 bytes: a 60-byte frame adds 14 bytes, with one VLAN tag 10.
        for (padding, accepted) in [(14, true), (10, true), (6, true), (2, true), (4, false), (15, false), (18, false)]
        {
            let padded = v3 + [UInt8](repeating: 0, count: padding)
            let decoded = try? VRRPCodec.decode(padded, family: .inet, checksum: context, ipHeaderLength: 20)
            #expect((decoded != nil) == accepted, "padding \(padding)")
            #expect(decoded.map(\.wireLength) == (accepted ? 12 : nil))
        }
        // 20 + 28 bytes already exceed the 46 a padded frame can carry.
        let threeVIPs = [Self.vip, Self.lb1, Self.lb2]
        let v2 = VRRPCodec.encode(Self.advert(.v2, addresses: threeVIPs), family: .inet, checksum: context)
        #expect(throws: VRRPDecodingError.lengthMismatch(expected: 28, received: 30)) {
            try VRRPCodec.decode(v2 + [0, 0], family: .inet, ipHeaderLength: 20)
        }
    }

    @Test("decoding into a reused buffer gives the same packets and replaces the buffer's addresses", arguments: [7, 8] as [UInt64])
    func decodingIntoAReusedBufferAgreesWithDecoding(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        var addresses: [IPAddress] = [Self.lb1, Self.lb2, Self.group]
        for _ in 0..<200 {
            let family: AddressFamily = Bool.random(using: &rng) ? .inet : .inet6
            let advert = Self.randomAdvertisement(family: family, using: &rng)
            let context = VRRPChecksumContext(
                source: Self.randomAddress(family, using: &rng), destination: Self.randomAddress(family, using: &rng))
            let bytes = VRRPCodec.encode(advert, family: family, checksum: context)
            let reused = try VRRPCodec.decode(bytes, family: family, reusing: &addresses)
            #expect(reused == (try VRRPCodec.decode(bytes, family: family)))
            #expect(addresses == advert.addresses)
        }
    }
}
