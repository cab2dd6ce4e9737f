import Netlink
import Testing

@Suite struct NetlinkErrorReplyTests {
    @Test func theKernelsEEXISTReplyCarriesTheEchoedRequestAndItsReason() throws {
        let message = try #require(try NetlinkMessage.decodeAll(datagram: CapturedMessages.addressExists).first)
        let reply = try NetlinkErrorReply(message)
        #expect(reply.errorNumber == 17)
        #expect(reply.sequence == 0x6b04_18ed)
        #expect(reply.request?.type == .newAddress)
        #expect(reply.request?.length == 40)
        #expect(reply.message == "ipv4: Address already assigned")
        #expect(try NetlinkReply(message) == .failure(reply))
    }

    @Test func aCappedReplyHasNoEchoedPayloadBeforeItsAttributes() throws {
        // NLMSG_ERROR, CAPPED|ACK_TLVS; error -19 (ENODEV); echoed header only; NLMSGERR_ATTR_MSG "x".
        let bytes: [UInt8] = [
            0x2a, 0, 0, 0, 0x02, 0, 0x00, 0x03, 5, 0, 0, 0, 0, 0, 0, 0,
            0xed, 0xff, 0xff, 0xff,
            0x30, 0, 0, 0, 0x12, 0, 0x01, 0, 5, 0, 0, 0, 0, 0, 0, 0,
            0x06, 0, 0x01, 0, 0x78, 0,
        ]
        let message = try #require(try NetlinkMessage.decodeAll(datagram: bytes).first)
        let reply = try NetlinkErrorReply(message)
        #expect(reply.errorNumber == 19)
        #expect(reply.message == "x")
    }

    @Test func aMessageOfAnotherTypeIsRejected() throws {
        let message = try #require(try NetlinkMessage.decodeAll(datagram: CapturedMessages.done).first)
        #expect(throws: NetlinkDecodingError.unexpectedMessageType(3)) { try NetlinkErrorReply(message) }
    }
}
