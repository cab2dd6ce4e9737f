import Testing

@testable import HealthCheck

@Suite struct UDPProbeReplyTests {
    @Test(
        "required replies match byte for byte with wildcards, within the length bounds",
        arguments: [
            ([0x01, 0x02, 0x03], true),
            ([0x01, 0xFF, 0x03], true),
            ([0x01, 0x02, 0x04], false),
            ([0x01, 0x02], true),
            ([0x01], false),
            ([0x01, 0x02, 0x03, 0x04, 0x05, 0x06], false),
            ([0x01, 0x02, 0x03, 0x09], true),
        ] as [([UInt8], Bool)])
    func matching(reply: [UInt8], accepted: Bool) {
        let probe = UDPProbe(payload: [0], requiredReply: [0x01, nil, 0x03], minimumReplyLength: 2, maximumReplyLength: 5)
        #expect(probe.accepts(reply: reply) == accepted)
    }

    @Test("an empty pattern accepts any reply, as keepalived does")
    func emptyPattern() {
        #expect(UDPProbe(requiredReply: [], minimumReplyLength: 10).accepts(reply: [1]))
        #expect(UDPProbe().accepts(reply: []))
    }
}
