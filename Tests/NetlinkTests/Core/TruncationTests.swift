import Netlink
import Testing

/// Every prefix of every captured message goes through every decoder: each either decodes or
/// throws, and none traps.
@Suite struct TruncationTests {
    static let captures: [[UInt8]] = [
        CapturedMessages.link, CapturedMessages.address, CapturedMessages.done, CapturedMessages.addressExists,
        GenericNetlinkFamilyTests.reply,
    ]

    private func decodeEverything(_ bytes: [UInt8]) {
        _ = try? NetlinkAttribute.decodeAll(bytes)
        guard let messages = try? NetlinkMessage.decodeAll(datagram: bytes) else { return }
        for message in messages {
            _ = try? NetlinkReply(message)
            _ = try? AddressMessage(payload: message.payload)
            _ = try? LinkMessage(payload: message.payload)
            _ = try? GenericNetlinkFamily(message)
            _ = try? NetlinkErrorReply(message)
        }
    }

    @Test(arguments: 0..<5)
    func everyPrefixDecodesOrThrows(capture: Int) {
        let bytes = Self.captures[capture]
        for length in 0...bytes.count { decodeEverything(Array(bytes.prefix(length))) }
    }

    @Test(arguments: 0..<5)
    func everyTruncatedMessageWithAPatchedLengthDecodesOrThrows(capture: Int) {
        let bytes = Self.captures[capture]
        for length in 16...bytes.count {
            var cut = Array(bytes.prefix(length))
            cut[0] = UInt8(truncatingIfNeeded: length)
            cut[1] = UInt8(truncatingIfNeeded: length >> 8)
            decodeEverything(cut)
        }
    }

    @Test func truncatedAddressPayloadsThrowRatherThanDecodePartially() {
        let payload = Array(CapturedMessages.address[16...])
        for length in 0..<8 {
            #expect(throws: NetlinkDecodingError.self) { try AddressMessage(payload: Array(payload.prefix(length))) }
        }
    }
}
