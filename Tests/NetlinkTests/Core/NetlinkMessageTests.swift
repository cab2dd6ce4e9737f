import Netlink
import Testing

@Suite struct NetlinkMessageTests {
    @Test func aDatagramSplitsIntoItsAlignedMessages() throws {
        let datagram = CapturedMessages.address + CapturedMessages.done
        let messages = try NetlinkMessage.decodeAll(datagram: datagram)
        #expect(messages.map(\.header.type) == [.newAddress, .done])
        #expect(messages[0].payload.count == 88 - 16)
        #expect(messages[1].header.flags.contains(.multipart))
    }

    @Test func anEmptyDatagramHasNoMessages() throws {
        #expect(try NetlinkMessage.decodeAll(datagram: []).isEmpty)
    }

    @Test func aLengthShorterThanTheHeaderThrows() {
        var bytes = CapturedMessages.done
        bytes[0] = 15
        #expect(throws: NetlinkDecodingError.badMessageLength(offset: 0, length: 15)) {
            try NetlinkMessage.decodeAll(datagram: bytes)
        }
    }

    @Test func aLengthPastTheDatagramThrows() {
        var bytes = CapturedMessages.done
        bytes[0] = 24
        #expect(throws: NetlinkDecodingError.badMessageLength(offset: 0, length: 24)) {
            try NetlinkMessage.decodeAll(datagram: bytes)
        }
    }

    @Test func aTrailingFragmentThrows() {
        #expect(throws: NetlinkDecodingError.truncated(offset: 20, needed: 16, available: 4)) {
            try NetlinkMessage.decodeAll(datagram: CapturedMessages.done + [0, 0, 0, 0])
        }
    }
}
