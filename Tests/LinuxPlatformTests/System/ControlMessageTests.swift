import Glibc
import Testing

@testable import LinuxPlatform

@Suite struct ControlMessageTests {
    @Test func anIPPktinfoMessageEncodesWithTheLP64Layout() {
        let message = ControlMessage(
            level: Int32(IPPROTO_IP), type: IP_PKTINFO, data: [2, 0, 0, 0, 10, 99, 0, 2, 0, 0, 0, 0])
        #expect(
            message.encoded == [
                28, 0, 0, 0, 0, 0, 0, 0,  // cmsg_len = CMSG_LEN(12)
                0, 0, 0, 0, 8, 0, 0, 0,  // SOL_IP, IP_PKTINFO
                2, 0, 0, 0, 10, 99, 0, 2, 0, 0, 0, 0,
                0, 0, 0, 0,  // CMSG_SPACE(12) = 32
            ])
    }

    @Test func aBufferOfSeveralMessagesDecodes() {
        let hopLimit = ControlMessage(level: Int32(IPPROTO_IPV6), type: IPV6_HOPLIMIT, data: [255, 0, 0, 0])
        let info = ControlMessage(
            level: Int32(IPPROTO_IPV6), type: IPV6_PKTINFO, data: [UInt8](repeating: 1, count: 20))
        let decoded = ControlMessage.decodeAll(hopLimit.encoded + info.encoded)
        #expect(decoded == [hopLimit, info])
        #expect(decoded.first?.int32Value == 255)
    }

    @Test(arguments: [(0, 1), (8, 1), (15, 1), (19, 1), (20, 2), (24, 2)])
    func aCutBufferYieldsOnlyTheWholeMessages(secondLength: Int, expectedCount: Int) {
        // Each message is CMSG_SPACE(4) = 24 bytes, of which CMSG_LEN(4) = 20 are significant.
        let hopLimit = ControlMessage(level: Int32(IPPROTO_IPV6), type: IPV6_HOPLIMIT, data: [64, 0, 0, 0])
        let bytes = Array((hopLimit.encoded + hopLimit.encoded).prefix(24 + secondLength))
        #expect(ControlMessage.decodeAll(bytes) == Array(repeating: hopLimit, count: expectedCount))
    }

    @Test func aLengthBelowTheHeaderStopsTheWalk() {
        #expect(ControlMessage.decodeAll([8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]).isEmpty)
    }
}
