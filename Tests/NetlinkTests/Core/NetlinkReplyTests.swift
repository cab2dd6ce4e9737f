import Netlink
import Testing

@Suite struct NetlinkReplyTests {
    private func reply(_ bytes: [UInt8]) throws -> NetlinkReply {
        try NetlinkReply(try #require(try NetlinkMessage.decodeAll(datagram: bytes).first))
    }

    @Test func errorZeroIsAnAcknowledgement() throws {
        // NLMSG_ERROR, flags CAPPED, seq 9; error 0; echoed header of an RTM_NEWADDR.
        let bytes: [UInt8] = [
            0x24, 0, 0, 0, 0x02, 0, 0x00, 0x01, 9, 0, 0, 0, 0x10, 0, 0, 0,
            0, 0, 0, 0,
            0x28, 0, 0, 0, 0x14, 0, 0x05, 0x06, 9, 0, 0, 0, 0, 0, 0, 0,
        ]
        #expect(try reply(bytes) == .acknowledgement(sequence: 9))
    }

    @Test func doneEndsADump() throws {
        #expect(try reply(CapturedMessages.done) == .done(sequence: 0x6b04_18ee))
    }

    @Test func doneWithANegativeStatusIsAFailure() throws {
        var bytes = CapturedMessages.done
        bytes.replaceSubrange(16..<20, with: [0xf0, 0xff, 0xff, 0xff])  // -16, EBUSY
        guard case .failure(let failure) = try reply(bytes) else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.errorNumber == 16)
        #expect(failure.request == nil)
    }

    @Test func dataMessagesPassThrough() throws {
        guard case .message(let message) = try reply(CapturedMessages.address) else {
            Issue.record("expected data")
            return
        }
        #expect(message.header.type == .newAddress)
    }
}
