import Netlink
import Testing

/// keepalived's `lvs_timeouts` on the wire: `IPVS_CMD_SET_CONFIG` with the three timeouts as u32
/// seconds at the top level (what libipvs sends for `ipvsadm --set`), and the kernel's answer to
/// `IPVS_CMD_GET_CONFIG` (linux/ip_vs.h, net/netfilter/ipvs/ip_vs_ctl.c).
@Suite struct IPVSTimeoutsTests {
    @Test func settingTheThreeTimeoutsIsOneSetConfigRequestWithThreeU32Attributes() throws {
        let request = IPVSRequest.setTimeouts(IPVSTimeouts(tcp: 1234, tcpFin: 56, udp: 78))
        let bytes = request.encode(familyID: 0x24, sequence: 7)
        #expect(
            bytes == [
                0x2c, 0, 0, 0, 0x24, 0, 0x05, 0, 7, 0, 0, 0, 0, 0, 0, 0,  // nlmsghdr: 44 bytes, request|ack
                12, 1, 0, 0,  // IPVS_CMD_SET_CONFIG, version 1
                8, 0, 4, 0, 0xd2, 0x04, 0, 0,  // IPVS_CMD_ATTR_TIMEOUT_TCP 1234
                8, 0, 5, 0, 56, 0, 0, 0,  // IPVS_CMD_ATTR_TIMEOUT_TCP_FIN 56
                8, 0, 6, 0, 78, 0, 0, 0,  // IPVS_CMD_ATTR_TIMEOUT_UDP 78
            ])
        let message = try #require(try NetlinkMessage.decodeAll(datagram: bytes).first)
        #expect(try IPVSRequest(message: message) == request)
    }

    @Test func anUnsetTimeoutIsLeftOutSoTheKernelKeepsIt() throws {
        let bytes = IPVSRequest.setTimeouts(IPVSTimeouts(udp: 30)).encode(familyID: 0x24, sequence: 1)
        #expect(bytes.count == 16 + 4 + 8)
        #expect(Array(bytes[20...]) == [8, 0, 6, 0, 30, 0, 0, 0])
    }

    @Test func readingTheTimeoutsIsAGetConfigRequestAnsweredBySetConfig() throws {
        let bytes = IPVSRequest.getTimeouts.encode(familyID: 0x24, sequence: 3)
        #expect(Array(bytes[16...]) == [13, 1, 0, 0])
        // The kernel's answer: IPVS_CMD_SET_CONFIG carrying its three values (900 120 300 by default).
        var answer = bytes
        answer.replaceSubrange(16..., with: [12, 1, 0, 0, 8, 0, 4, 0, 0x84, 0x03, 0, 0, 8, 0, 5, 0, 120, 0, 0, 0])
        answer += [8, 0, 6, 0, 0x2c, 0x01, 0, 0]
        answer[0] = UInt8(answer.count)
        let message = try #require(try NetlinkMessage.decodeAll(datagram: answer).first)
        #expect(try IPVSTimeouts(message: message) == IPVSTimeouts(tcp: 900, tcpFin: 120, udp: 300))
    }
}
