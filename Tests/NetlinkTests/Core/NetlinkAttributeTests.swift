import Netlink
import NetworkPrimitives
import Testing

@Suite struct NetlinkAttributeTests {
    @Test func attributesDecodeWithTheirPaddingSkipped() throws {
        // IFA_LABEL "d0:vip\0" (len 11, padded to 12), then IFA_ADDRESS 10.99.0.100.
        let bytes: [UInt8] = [
            0x0b, 0, 0x03, 0, 0x64, 0x30, 0x3a, 0x76, 0x69, 0x70, 0, 0,
            0x08, 0, 0x01, 0, 10, 99, 0, 100,
        ]
        let attributes = try NetlinkAttribute.decodeAll(bytes)
        #expect(attributes.count == 2)
        #expect(attributes[0].type == 3)
        #expect(attributes[0].stringValue == "d0:vip")
        #expect(attributes[1].type == 1)
        #expect(try attributes[1].addressValue() == .v4(IPv4Address(10, 99, 0, 100)))
    }

    @Test func theLastAttributeMayOmitItsPadding() throws {
        let attributes = try NetlinkAttribute.decodeAll([0x05, 0, 0x10, 0, 0x06])
        #expect(try attributes.first?.uint8Value() == 6)
    }

    @Test func flagBitsAreSeparatedFromTheType() throws {
        // IFLA_PROP_LIST-style empty nest with NLA_F_NESTED: type 0x803e.
        let attributes = try NetlinkAttribute.decodeAll([0x04, 0, 0x3e, 0x80])
        #expect(attributes.first?.type == 0x3e)
        #expect(attributes.first?.isNestedFlagSet == true)
        #expect(attributes.first?.payload == [])
    }

    @Test func nestedAttributesDecode() throws {
        let bytes: [UInt8] = [
            0x14, 0, 0x07, 0x80, 0x10, 0, 0x01, 0x80, 0x06, 0, 0x02, 0, 0x05, 0, 0, 0, 0x04, 0, 0x09, 0,
        ]
        let outer = try #require(try NetlinkAttribute.decodeAll(bytes).first)
        let middle = try #require(try outer.nestedAttributes().first)
        let inner = try middle.nestedAttributes()
        #expect(inner.map(\.type) == [2, 9])
        #expect(try inner[0].uint16Value() == 5)
    }

    @Test(arguments: [
        ([0x03, 0, 0x01, 0] as [UInt8], NetlinkDecodingError.badAttributeLength(offset: 0, length: 3)),
        ([0x09, 0, 0x01, 0, 1, 2, 3, 4], NetlinkDecodingError.badAttributeLength(offset: 0, length: 9)),
        (
            [0x08, 0, 0x01, 0, 1, 2, 3, 4, 0xff, 0xff, 0x02, 0],
            NetlinkDecodingError.badAttributeLength(offset: 8, length: 0xffff)
        ),
    ])
    func aLengthOutsideTheContainerThrows(bytes: [UInt8], error: NetlinkDecodingError) {
        #expect(throws: error) { try NetlinkAttribute.decodeAll(bytes) }
    }

    @Test(arguments: [
        (NetlinkAttribute(type: 4, payload: [1, 2, 3]), 4),
        (NetlinkAttribute(type: 4, payload: [1]), 2),
        (NetlinkAttribute(type: 4, payload: [1, 2]), 1),
    ])
    func fixedSizeAccessorsRejectOtherSizes(attribute: NetlinkAttribute, expected: Int) {
        switch expected {
        case 4:
            #expect(throws: NetlinkDecodingError.badAttributeSize(attribute: 4, expected: 4, actual: 3)) {
                try attribute.uint32Value()
            }
        case 2:
            #expect(throws: NetlinkDecodingError.badAttributeSize(attribute: 4, expected: 2, actual: 1)) {
                try attribute.uint16Value()
            }
        default:
            #expect(throws: NetlinkDecodingError.badAttributeSize(attribute: 4, expected: 1, actual: 2)) {
                try attribute.uint8Value()
            }
        }
    }

    @Test func anAddressOfAnOddLengthThrows() {
        #expect(throws: NetlinkDecodingError.badAddressLength(attribute: 1, length: 5)) {
            try NetlinkAttribute(type: 1, payload: [1, 2, 3, 4, 5]).addressValue()
        }
    }
}
