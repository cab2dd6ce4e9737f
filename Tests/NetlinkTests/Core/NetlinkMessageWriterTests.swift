import Netlink
import Testing

@Suite struct NetlinkMessageWriterTests {
    @Test func attributesArePaddedAndTheLengthIsPatched() {
        var writer = NetlinkMessageWriter(type: .getLink, flags: [.request], sequence: 7)
        writer.appendFixedHeader([1, 2, 3])
        writer.appendAttribute(type: 3, string: "d0")
        writer.appendAttribute(type: 29, uint32: 9)
        #expect(
            writer.finish() == [
                0x24, 0, 0, 0, 0x12, 0, 0x01, 0, 7, 0, 0, 0, 0, 0, 0, 0,
                1, 2, 3, 0,
                0x07, 0, 0x03, 0, 0x64, 0x30, 0, 0,
                0x08, 0, 0x1d, 0, 9, 0, 0, 0,
            ])
    }

    @Test func nestedAttributesCarryTheirTotalLengthAndTheNestedFlag() throws {
        var writer = NetlinkMessageWriter(type: NetlinkMessageType(rawValue: 0x20), flags: [.request], sequence: 1)
        let outer = writer.beginNested(type: 1)
        writer.appendAttribute(type: 1, uint16: 2)
        writer.appendAttribute(type: 6, string: "wlc")
        writer.endNested(outer)
        let bytes = writer.finish()
        #expect(Array(bytes[16..<20]) == [0x14, 0, 0x01, 0x80])
        let message = try #require(try NetlinkMessage.decodeAll(datagram: bytes).first)
        let nest = try #require(try NetlinkAttribute.decodeAll(message.payload).first)
        #expect(nest.isNestedFlagSet)
        let inner = try nest.nestedAttributes()
        #expect(try inner[0].uint16Value() == 2)
        #expect(inner[1].stringValue == "wlc")
    }

    @Test func anRTNetlinkNestCanOmitTheNestedFlag() {
        var writer = NetlinkMessageWriter(type: .newLink, flags: [.request], sequence: 1)
        let nest = writer.beginNested(type: 18, setNestedFlag: false)
        writer.endNested(nest)
        #expect(Array(writer.finish()[16..<20]) == [4, 0, 18, 0])
    }
}
