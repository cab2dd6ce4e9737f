import Glibc
import Netlink
import NetworkPrimitives
import Testing

@testable import LinuxPlatform

@Suite struct ReceivedDatagramParserTests {
    // IPv4 header: IHL 5, TOS 0xc0, total 40, TTL 255, proto 112, 10.99.0.2 -> 224.0.0.18.
    static let header: [UInt8] = [
        0x45, 0xc0, 0x00, 0x28, 0x00, 0x0a, 0x00, 0x00, 0xff, 0x70, 0x00, 0x00,
        10, 99, 0, 2, 224, 0, 0, 18,
    ]
    static let payload: [UInt8] = Array(repeating: 0x21, count: 20)
    static let packetInfo = ControlMessage(
        level: Int32(IPPROTO_IP), type: IP_PKTINFO, data: [4, 0, 0, 0, 10, 99, 0, 2, 224, 0, 0, 18]
    ).encoded

    @Test func anIPv4DatagramLosesItsHeaderButKeepsItsFields() throws {
        let message = ReceivedMessage(bytes: Self.header + Self.payload, control: Self.packetInfo, truncated: false)
        let datagram = try #require(ReceivedDatagramParser.ipv4(message))
        #expect(
            datagram
                == ReceivedVRRPDatagram(
                    payload: Self.payload, source: .v4(IPv4Address(10, 99, 0, 2)),
                    destination: .v4(.vrrpMulticastGroup),
                    ttlOrHopLimit: 255, interfaceIndex: InterfaceIndex(4), ipv4TotalLength: 40, ipv4HeaderLength: 20))
    }

    @Test func ipv4OptionsAreSkippedByIHL() throws {
        var header = Self.header + [1, 1, 1, 0]
        header[0] = 0x46
        let message = ReceivedMessage(bytes: header + Self.payload, control: Self.packetInfo, truncated: false)
        #expect(ReceivedDatagramParser.ipv4(message)?.payload == Self.payload)
    }

    @Test(arguments: [
        Array(header.prefix(19)),  // short header
        [0x65] + Array(header.dropFirst()),  // version 6
        [0x44] + Array(header.dropFirst()),  // IHL 4
        [0x4f] + Array(header.dropFirst()),  // IHL 15 beyond the datagram
    ])
    func malformedIPv4HeadersAreDiscarded(bytes: [UInt8]) {
        #expect(
            ReceivedDatagramParser.ipv4(ReceivedMessage(bytes: bytes, control: Self.packetInfo, truncated: false))
                == nil)
    }

    @Test func anIPv4DatagramWithoutPktinfoIsDiscarded() {
        let message = ReceivedMessage(bytes: Self.header + Self.payload, control: [], truncated: false)
        #expect(ReceivedDatagramParser.ipv4(message) == nil)
    }

    @Test func anIPv6DatagramTakesHopLimitAndDestinationFromAncillaryData() throws {
        let group = IPv6Address.vrrpMulticastGroup
        let control =
            ControlMessage(level: Int32(IPPROTO_IPV6), type: IPV6_HOPLIMIT, data: [255, 0, 0, 0]).encoded
            + ControlMessage(level: Int32(IPPROTO_IPV6), type: IPV6_PKTINFO, data: group.bytes + [7, 0, 0, 0]).encoded
        let source = try #require(IPv6Address("fe80::1"))
        let datagram = try #require(
            ReceivedDatagramParser.ipv6(
                ReceivedMessage(bytes: Self.payload, control: control, truncated: false), source: source))
        #expect(
            datagram
                == ReceivedVRRPDatagram(
                    payload: Self.payload, source: .v6(source), destination: .v6(group), ttlOrHopLimit: 255,
                    interfaceIndex: InterfaceIndex(7)))
    }

    @Test func anIPv6DatagramWithoutHopLimitIsDiscarded() throws {
        let control = ControlMessage(
            level: Int32(IPPROTO_IPV6), type: IPV6_PKTINFO, data: IPv6Address.vrrpMulticastGroup.bytes + [7, 0, 0, 0]
        ).encoded
        let source = try #require(IPv6Address("fe80::1"))
        #expect(
            ReceivedDatagramParser.ipv6(
                ReceivedMessage(bytes: Self.payload, control: control, truncated: false), source: source) == nil)
    }

    @Test func theMetadataForTheValidatorCarriesTheEnvelope() throws {
        let message = ReceivedMessage(bytes: Self.header + Self.payload, control: Self.packetInfo, truncated: false)
        let metadata = try #require(ReceivedDatagramParser.ipv4(message)).receiveMetadata
        #expect(metadata.hopLimit == 255)
        #expect(metadata.interfaceIndex == 4)
        #expect(metadata.ipv4HeaderLength == 20)
        #expect(metadata.ipv4TotalLength == 40)
    }
}
