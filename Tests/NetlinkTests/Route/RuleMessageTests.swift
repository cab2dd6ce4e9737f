import Netlink
import NetworkPrimitives
import Testing

@Suite struct RuleMessageTests {
    @Test func anAddIsRTMNEWRULEWithCreateExclusiveAndTheRuleAttributes() {
        let rule = RuleMessage(
            family: .inet, source: IPPrefix("10.0.0.0/24")!, preference: 100, inputInterface: "eth0", action: .table(100))
        let bytes = RouteNetlinkRequest.addRule(rule, sequence: 3)
        // nlmsghdr: RTM_NEWRULE (32), NLM_F_REQUEST|ACK|EXCL|CREATE (0x605), sequence 3.
        #expect(Array(bytes[4..<8]) == [32, 0, 0x05, 0x06])
        // fib_rule_hdr: AF_INET, dst_len 0, src_len 24, tos 0, table 100, reserved, FR_ACT_TO_TBL, no flags.
        #expect(Array(bytes[16..<28]) == [2, 0, 24, 0, 100, 0, 0, 1, 0, 0, 0, 0])
        // FRA_TABLE 100, FRA_SRC, FRA_PRIORITY 100, FRA_IIFNAME "eth0\0" padded to 12.
        #expect(Array(bytes[28..<36]) == [8, 0, 15, 0, 100, 0, 0, 0])
        #expect(Array(bytes[36..<44]) == [8, 0, 2, 0, 10, 0, 0, 0])
        #expect(Array(bytes[44..<52]) == [8, 0, 6, 0, 100, 0, 0, 0])
        #expect(Array(bytes[52..<61]) == [9, 0, 3, 0] + Array("eth0".utf8) + [0])
        #expect(bytes.count == 64 && Array(bytes[0..<4]) == [64, 0, 0, 0])
    }

    @Test func aDeleteIsRTMDELRULEAndAGotoOrALargeTableRidesInItsAttribute() {
        let inverted = RuleMessage(
            family: .inet6, destination: IPPrefix("fd00::/8")!, firewallMark: 7, firewallMask: 0xff, inverted: true,
            action: .table(1000))
        let bytes = RouteNetlinkRequest.deleteRule(inverted, sequence: 1)
        #expect(Array(bytes[4..<8]) == [33, 0, 0x05, 0])
        // AF_INET6, dst_len 8, table RT_TABLE_UNSPEC (RTA_TABLE says 1000), FIB_RULE_INVERT.
        #expect(Array(bytes[16..<28]) == [10, 8, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0])
        #expect(Array(bytes[28..<36]) == [8, 0, 15, 0, 0xE8, 0x03, 0, 0])
        let goto = RouteNetlinkRequest.addRule(RuleMessage(family: .inet, preference: 10, action: .goto(300)), sequence: 2)
        #expect(goto[23] == 2 && goto[20] == 0)
        #expect(Array(goto[36..<44]) == [8, 0, 4, 0, 0x2C, 0x01, 0, 0])
    }
}
