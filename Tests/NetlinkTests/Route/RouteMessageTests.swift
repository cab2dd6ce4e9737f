import Netlink
import NetworkPrimitives
import Testing

@Suite struct RouteMessageTests {
    private let route = RouteMessage(
        destination: IPPrefix("10.88.0.0/16")!, gateway: .v4(IPv4Address(10, 99, 0, 50)),
        interfaceIndex: InterfaceIndex(2), metric: 50)

    @Test func aReplaceIsRTMNEWROUTEWithCreateReplaceAndTheRouteAttributes() {
        let bytes = RouteNetlinkRequest.replaceRoute(route, sequence: 7)
        // nlmsghdr: length, RTM_NEWROUTE (24), NLM_F_REQUEST|ACK|REPLACE|CREATE (0x505), sequence 7.
        #expect(Array(bytes[4..<8]) == [24, 0, 0x05, 0x05])
        #expect(Array(bytes[8..<12]) == [7, 0, 0, 0])
        // rtmsg: AF_INET, /16, no source, tos 0, main table, proto keepalived, universe scope, unicast.
        #expect(Array(bytes[16..<24]) == [2, 16, 0, 0, 254, 18, 0, 1])
        // RTA_TABLE 254, RTA_DST, RTA_GATEWAY, RTA_OIF, RTA_PRIORITY, each 8 bytes.
        #expect(Array(bytes[28..<36]) == [8, 0, 15, 0, 254, 0, 0, 0])
        #expect(Array(bytes[36..<44]) == [8, 0, 1, 0, 10, 88, 0, 0])
        #expect(Array(bytes[44..<52]) == [8, 0, 5, 0, 10, 99, 0, 50])
        #expect(Array(bytes[52..<60]) == [8, 0, 4, 0, 2, 0, 0, 0])
        #expect(Array(bytes[60..<68]) == [8, 0, 6, 0, 50, 0, 0, 0])
        #expect(bytes.count == 68 && Array(bytes[0..<4]) == [68, 0, 0, 0])
    }

    @Test func aRouteWithoutGatewayHasLinkScopeAndADeleteIsRTMDELROUTE() {
        let direct = RouteMessage(destination: IPPrefix("10.77.0.0/24")!, interfaceIndex: InterfaceIndex(2), table: 1000)
        let bytes = RouteNetlinkRequest.deleteRoute(direct, sequence: 1)
        #expect(Array(bytes[4..<8]) == [25, 0, 0x05, 0])
        // A table id above 255 rides in RTA_TABLE only (rtm_table RT_TABLE_UNSPEC).
        #expect(Array(bytes[16..<24]) == [2, 24, 0, 0, 0, 18, 253, 1])
        #expect(Array(bytes[28..<36]) == [8, 0, 15, 0, 0xE8, 0x03, 0, 0])
    }
}
