import Netlink
import NetworkPrimitives
import Testing

@Suite struct NetlinkMessageHeaderTests {
    // nlmsg_len 0x34, RTM_NEWADDR (20), REQUEST|ACK|EXCL|CREATE (0x605), seq 0x6b0418e4, pid 0.
    static let bytes: [UInt8] = [0x34, 0, 0, 0, 0x14, 0, 0x05, 0x06, 0xe4, 0x18, 0x04, 0x6b, 0, 0, 0, 0]

    @Test func aHeaderEncodesInHostOrder() {
        let header = NetlinkMessageHeader(
            length: 0x34, type: .newAddress, flags: [.request, .acknowledge, .exclusive, .create], sequence: 0x6b04_18e4
        )
        var writer = ByteWriter()
        header.write(to: &writer)
        #expect(writer.bytes == Self.bytes)
    }

    @Test func aHeaderDecodesFromHostOrder() throws {
        var reader = ByteReader(Self.bytes)
        let header = try NetlinkMessageHeader(from: &reader)
        #expect(header.length == 0x34)
        #expect(header.type == .newAddress)
        #expect(header.flags == [.request, .acknowledge, .exclusive, .create])
        #expect(header.sequence == 0x6b04_18e4)
        #expect(header.portID == 0)
        #expect(reader.isAtEnd)
    }

    @Test(arguments: 0..<16)
    func everyShortHeaderThrowsTruncated(length: Int) {
        var reader = ByteReader(Array(Self.bytes.prefix(length)))
        #expect(throws: NetlinkDecodingError.truncated(offset: 0, needed: 16, available: length)) {
            try NetlinkMessageHeader(from: &reader)
        }
    }

    @Test func dumpIsRootAndMatch() {
        #expect(NetlinkMessageFlags.dump.rawValue == 0x300)
    }
}
