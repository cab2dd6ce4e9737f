import Netlink
import NetworkPrimitives
import Testing

/// Every prefix of every captured IPVS message, and every message with a nest cut short, goes
/// through every IPVS decoder: each decodes or throws, none traps.
@Suite struct IPVSTruncationTests {
    static let messages: [[UInt8]] = IPVSCapture.all.flatMap(\.allBytes).filter {
        $0.count >= 6 && UInt16($0[4]) | UInt16($0[5]) << 8 == IPVSCapture.familyID
    }

    private func decodeEverything(_ bytes: [UInt8]) {
        guard let messages = try? NetlinkMessage.decodeAll(datagram: bytes) else { return }
        for message in messages {
            _ = try? IPVSRequest(message: message)
            _ = try? IPVSService(message: message)
            _ = try? IPVSDestination(message: message, serviceFamily: .inet)
            _ = try? IPVSInfo(message: message)
        }
    }

    @Test func everyPrefixWithAPatchedLengthDecodesOrThrows() {
        for bytes in Self.messages {
            for length in 16...bytes.count {
                var cut = Array(bytes.prefix(length))
                cut[0] = UInt8(truncatingIfNeeded: length)
                cut[1] = UInt8(truncatingIfNeeded: length >> 8)
                decodeEverything(cut)
            }
        }
    }

    @Test func everyCorruptedByteDecodesOrThrows() {
        for bytes in Self.messages {
            for index in 16..<bytes.count {
                for value: UInt8 in [0x00, 0x03, 0xff] {
                    var corrupt = bytes
                    corrupt[index] = value
                    decodeEverything(corrupt)
                }
            }
        }
    }

    @Test func aRequestCutInsideItsServiceNestThrows() throws {
        let request = IPVSRequest.newService(IPVSFixtureValues.service(IPVSFixtureValues.tcp("10.0.0.1", 80), "wlc"))
        let bytes = request.encode(familyID: IPVSCapture.familyID, sequence: 1)
        // Header (16) + genl (4) + nest header (4) + AF (8): cut the PROTOCOL attribute off.
        var cut = Array(bytes.prefix(32))
        cut[0] = 32
        cut[20] = 12
        let message = try #require(try NetlinkMessage.decodeAll(datagram: cut).first)
        #expect(throws: NetlinkDecodingError.missingAttribute(2)) { try IPVSRequest(message: message) }
    }

    @Test func aOneBytePortThrowsItsSize() throws {
        var writer = NetlinkMessageWriter(
            type: NetlinkMessageType(rawValue: IPVSCapture.familyID), flags: .request, sequence: 1)
        writer.appendFixedHeader([IPVSCommand.newService.rawValue, 1, 0, 0])
        let nest = writer.beginNested(type: 1)
        writer.appendAttribute(type: 1, uint16: 2)
        writer.appendAttribute(type: 2, uint16: 6)
        writer.appendAttribute(type: 3, payload: [UInt8](repeating: 0, count: 16))
        writer.appendAttribute(type: 4, payload: [80])
        writer.endNested(nest)
        let message = try #require(try NetlinkMessage.decodeAll(datagram: writer.finish()).first)
        #expect(throws: NetlinkDecodingError.badAttributeSize(attribute: 4, expected: 2, actual: 1)) {
            try IPVSRequest(message: message)
        }
    }

    @Test func anUnknownAddressFamilyThrows() throws {
        var writer = NetlinkMessageWriter(
            type: NetlinkMessageType(rawValue: IPVSCapture.familyID), flags: .request, sequence: 1)
        writer.appendFixedHeader([IPVSCommand.getDestination.rawValue, 1, 0, 0])
        let nest = writer.beginNested(type: 1)
        writer.appendAttribute(type: 1, uint16: 7)
        writer.appendAttribute(type: 5, uint32: 1)
        writer.endNested(nest)
        let message = try #require(try NetlinkMessage.decodeAll(datagram: writer.finish()).first)
        #expect(throws: NetlinkDecodingError.unsupportedAddressFamily(7)) { try IPVSRequest(message: message) }
    }
}
