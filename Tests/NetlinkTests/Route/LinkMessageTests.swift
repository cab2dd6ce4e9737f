import Netlink
import NetworkPrimitives
import Testing

@Suite struct LinkMessageTests {
    @Test func aCapturedLinkReplyDecodes() throws {
        let message = try #require(try NetlinkMessage.decodeAll(datagram: CapturedMessages.link).first)
        let link = try LinkMessage(message)
        #expect(link.index == InterfaceIndex(3))
        #expect(link.name == "d0")
        #expect(link.deviceType == 1)
        #expect(link.flags == [.up, .broadcast, .running, .multicast, .lowerUp])
        #expect(link.isUpAndRunning)
        #expect(link.operationalState == .up)
        #expect(link.mtu == 1500)
        #expect(link.hardwareAddress == MACAddress("02:99:00:00:00:02"))
        #expect(link.carrier == true)
        #expect(link.master == nil)
    }

    @Test(arguments: [
        (InterfaceFlags([.up, .running]), true),
        (InterfaceFlags([.up, .lowerUp]), false),
        (InterfaceFlags([.running]), false),
    ])
    func upAndRunningNeedsBothFlags(flags: InterfaceFlags, expected: Bool) {
        #expect(LinkMessage(index: InterfaceIndex(1), flags: flags).isUpAndRunning == expected)
    }

    @Test(arguments: 0...7)
    func operationalStatesRoundTrip(raw: UInt8) {
        #expect(OperationalState(rawValue: raw).rawValue == raw)
    }
}
