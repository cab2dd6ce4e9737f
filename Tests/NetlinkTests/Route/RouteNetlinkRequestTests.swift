import Netlink
import NetworkPrimitives
import Testing

@Suite struct RouteNetlinkRequestTests {
    @Test func anAddressDumpAsksForOneFamily() {
        #expect(
            RouteNetlinkRequest.dumpAddresses(family: .inet6, sequence: 2) == [
                0x18, 0, 0, 0, 0x16, 0, 0x01, 0x03, 2, 0, 0, 0, 0, 0, 0, 0,
                0x0a, 0, 0, 0, 0, 0, 0, 0,
            ])
    }

    @Test func aLinkLookupByNameMatchesIpLinkShowPlusAnAck() {
        // `ip link show d0` sends the same ifinfomsg and attributes with ext mask VF|SKIP_STATS.
        #expect(
            RouteNetlinkRequest.getLink(name: "d0", sequence: 0x6b04_18e4) == [
                0x30, 0, 0, 0, 0x12, 0, 0x05, 0x00, 0xe4, 0x18, 0x04, 0x6b, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0x08, 0, 0x1d, 0, 0x08, 0, 0, 0,
                0x07, 0, 0x03, 0, 0x64, 0x30, 0x00, 0x00,
            ])
    }

    @Test func aLinkLookupByIndexPutsTheIndexInIfinfomsg() {
        let bytes = RouteNetlinkRequest.getLink(index: InterfaceIndex(3), sequence: 1)
        #expect(Array(bytes[20..<24]) == [3, 0, 0, 0])
        #expect(bytes.count == 40)
    }

    @Test func aLinkDumpUsesTheDumpFlags() {
        let bytes = RouteNetlinkRequest.dumpLinks(sequence: 1)
        #expect(Array(bytes[4..<8]) == [0x12, 0, 0x01, 0x03])
    }
}
