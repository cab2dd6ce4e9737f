import Netlink
import Testing

@Suite struct GenericNetlinkFamilyTests {
    @Test func aFamilyLookupAsksTheControllerByName() {
        #expect(
            GenericNetlinkControl.getFamily(named: "IPVS", sequence: 3) == [
                0x20, 0, 0, 0, 0x10, 0, 0x05, 0x00, 3, 0, 0, 0, 0, 0, 0, 0,
                0x03, 0x01, 0, 0,
                0x09, 0, 0x02, 0, 0x49, 0x50, 0x56, 0x53, 0x00, 0, 0, 0,
            ])
    }

    // CTRL_CMD_NEWFAMILY for "nlctrl": id 16, version 2, hdrsize 0, maxattr 10,
    // multicast group "notify" = 16.
    static let reply: [UInt8] = [
        0x5c, 0, 0, 0, 0x10, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0,
        0x01, 0x02, 0, 0,
        0x0b, 0, 0x02, 0, 0x6e, 0x6c, 0x63, 0x74, 0x72, 0x6c, 0x00, 0,
        0x06, 0, 0x01, 0, 0x10, 0, 0, 0,
        0x08, 0, 0x03, 0, 0x02, 0, 0, 0,
        0x08, 0, 0x04, 0, 0x00, 0, 0, 0,
        0x08, 0, 0x05, 0, 0x0a, 0, 0, 0,
        0x1c, 0, 0x07, 0x80,
        0x18, 0, 0x01, 0x80,
        0x08, 0, 0x02, 0, 0x10, 0, 0, 0,
        0x0b, 0, 0x01, 0, 0x6e, 0x6f, 0x74, 0x69, 0x66, 0x79, 0x00, 0,
    ]

    @Test func theControllersAnswerDecodes() throws {
        let message = try #require(try NetlinkMessage.decodeAll(datagram: Self.reply).first)
        let family = try GenericNetlinkFamily(message)
        #expect(
            family
                == GenericNetlinkFamily(
                    id: 16, name: "nlctrl", version: 2, headerSize: 0, maximumAttribute: 10,
                    multicastGroups: ["notify": 16]))
    }

    @Test func anAnswerWithoutAnIDThrows() throws {
        var bytes = Self.reply
        bytes[34] = 0x7f  // retype CTRL_ATTR_FAMILY_ID
        let message = try #require(try NetlinkMessage.decodeAll(datagram: bytes).first)
        #expect(throws: NetlinkDecodingError.missingAttribute(1)) { try GenericNetlinkFamily(message) }
    }

    @Test func theHeaderRoundTrips() throws {
        let header = GenericNetlinkHeader(command: 3, version: 1)
        #expect(try GenericNetlinkHeader(payload: header.bytes) == header)
        #expect(throws: NetlinkDecodingError.truncated(offset: 2, needed: 2, available: 1)) {
            try GenericNetlinkHeader(payload: [3, 1, 0])
        }
    }
}
