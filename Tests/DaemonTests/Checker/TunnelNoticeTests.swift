import Daemon
import Testing

@Suite struct TunnelNoticeTests {
    @Test func aTunnelledVirtualServerIsFlaggedOnlyWhereIPVSIsMissing() {
        let text =
            CheckerConfigText.virtualServer(address: "10.0.0.100 80")
            + "\n"
            + CheckerConfigText.virtualServer(address: "10.0.0.101 80")
            .replacingOccurrences(of: "lb_kind NAT", with: "lb_kind TUN")
        let configuration = CheckerConfigText.load(text).configuration
        let lines = TunnelNotice.lines(configuration, ipvsAvailable: false)
        #expect(lines.count == 1)
        #expect(lines.first?.contains("lb_kind TUN is not supported on nftables") == true, "\(lines)")
        #expect(lines.first?.contains("10.0.0.101") == true, "\(lines)")
        #expect(TunnelNotice.lines(configuration, ipvsAvailable: true).isEmpty)
    }

    @Test func directRoutingIsNotFlagged() {
        let text = CheckerConfigText.virtualServer().replacingOccurrences(of: "lb_kind NAT", with: "lb_kind DR")
        #expect(TunnelNotice.lines(CheckerConfigText.load(text).configuration, ipvsAvailable: false).isEmpty)
    }
}
