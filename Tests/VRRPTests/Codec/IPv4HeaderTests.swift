import NetworkPrimitives
import Testing

@testable import VRRP

@Suite struct IPv4HeaderTests {
    static let ipv4Frames =
        (try? GoldenVectors.detailedFrames())?.filter { $0.hex["IP header"] != nil && $0.lines["IPv4"] != nil } ?? []

    @Test(arguments: ipv4Frames)
    func aCapturedHeaderDecodesToItsListedFieldsAndReEncodesExactly(_ frame: GoldenVectors.DetailedFrame) throws {
        let bytes = try #require(frame.hex["IP header"])
        let header = try IPv4Header.decode(bytes)
        #expect(header.headerLength == 20)
        #expect(header.typeOfService == UInt8(try frame.field("IPv4", "tos").dropFirst(2), radix: 16))
        #expect(header.totalLength == UInt16(try frame.field("IPv4", "total_length")))
        #expect(header.timeToLive == UInt8(try frame.field("IPv4", "ttl")))
        #expect(header.protocolNumber == UInt8(try frame.field("IPv4", "proto")))
        #expect(header.source == IPv4Address(try frame.field("IPv4", "src")))
        #expect(header.destination == IPv4Address(try frame.field("IPv4", "dst")))
        #expect(header.flags == 0 && header.fragmentOffset == 0)
        #expect(header.encode() == bytes)
    }

    @Test func theVRRPFactoryBuildsKeepalivedsHeader() throws {
        let captured = GoldenVectors.hexBytes("45c0002800040000ff70d02a0a630002e0000012")
        let header = IPv4Header.vrrp(
            source: IPv4Address(10, 99, 0, 2), destination: .vrrpMulticastGroup, identification: 4, payloadLength: 20)
        #expect(header.encode() == captured)
    }

    @Test func optionsAreSkippedAndFlagsRead() throws {
        var bytes = IPv4Header.vrrp(
            source: IPv4Address(10, 0, 0, 1), destination: IPv4Address(10, 0, 0, 2), identification: 9,
            payloadLength: 12
        ).encode()
        bytes[0] = 0x46
        bytes[6] = 0x40
        bytes.insert(contentsOf: [1, 1, 1, 0], at: 20)
        let header = try IPv4Header.decode(bytes + [0x31])
        #expect(header.headerLength == 24)
        #expect(header.flags == 2)
        #expect(header.destination == IPv4Address(10, 0, 0, 2))
        let split = try IPv4Header.decodeVRRPDatagram(bytes + [0x31])
        #expect(split.message == [0x31])
    }

    @Test(arguments: [
        ([UInt8](repeating: 0x45, count: 19), VRRPDecodingError.truncated(needed: 20, available: 19)),
        ([0x65] + [UInt8](repeating: 0, count: 19), .notIPv4(version: 6)),
        ([0x44] + [UInt8](repeating: 0, count: 19), .invalidIPv4HeaderLength(16)),
        ([0x46] + [UInt8](repeating: 0, count: 21), .invalidIPv4HeaderLength(24)),
    ])
    func aMalformedHeaderIsRejected(bytes: [UInt8], error: VRRPDecodingError) {
        #expect(throws: error) { try IPv4Header.decode(bytes) }
    }

    @Test func anAHProtectedAdvertIsRecognisedAndRefused() throws {
        let frame = try #require(
            try GoldenVectors.detailedFrames().first { $0.caseName == "v2_ipv4_mcast_auth_ah" && $0.hex["AH"] != nil })
        let datagram = Array(try #require(frame.hex["full frame"]).dropFirst(14))
        #expect(throws: VRRPDecodingError.ipAuthenticationHeaderUnsupported) {
            try IPv4Header.decodeVRRPDatagram(datagram)
        }
        var other = datagram
        other[9] = 17
        #expect(throws: VRRPDecodingError.unexpectedIPProtocol(17)) { try IPv4Header.decodeVRRPDatagram(other) }
    }
}
