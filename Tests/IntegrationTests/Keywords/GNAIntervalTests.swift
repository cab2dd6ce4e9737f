import Foundation
import Testing
import VigilLab

/// `vrrp_gna_interval` through the daemon: the unsolicited neighbour advertisements a new IPv6 master
/// sends for its two VIPs leave eth0 at least the interval apart, as tcpdump in the master's namespace
/// sees them (the IPv6 twin of GARPIntervalTests).
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct GNAIntervalTests {
    static let vips = ["fd99::100", "fd99::101"]

    /// The capture time of the first neighbour advertisement for `address` in tcpdump's `-tt` output.
    static func sentAt(_ address: String, in capture: String) -> Double? {
        capture.split(separator: "\n").first { $0.contains("neighbor advertisement") && $0.contains("tgt is \(address),") }
            .flatMap { $0.split(separator: " ").first }.flatMap { Double($0) }
    }

    @Test func theTwoIPv6VIPsAreAdvertisedAnIntervalApart() async throws {
        let lab = try NamespaceLab.build(prefix: NamespaceLab.randomPrefix("vgkg"))
        defer { lab.destroy() }
        let tcpdump = try lab.start(
            "lb1", ["tcpdump", "-i", "eth0", "-n", "-tt", "-l", "icmp6 and ip6[40] == 136"], logName: "tcpdump-lb1")
        try #require(await Eventually.holds(within: .seconds(5)) { tcpdump.log.contains("listening on eth0") })
        var instance = InstanceConfig(state: "MASTER", priority: 101)
        instance.addresses = Self.vips.map { "\($0)/64" }
        instance.extraLines = ["garp_master_repeat 1", "garp_master_delay 0"]
        let config = InstanceConfig.file(routerID: "lb1", globals: ["vrrp_gna_interval 0.8"], [instance])
        let lb1 = try lab.startVigil(on: "lb1", config: config)
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vips[0]) }, "\(lb1.log)")
        #expect(await Eventually.holds(within: .seconds(3)) { Self.sentAt(Self.vips[1], in: tcpdump.log) != nil })
        let first = try #require(Self.sentAt(Self.vips[0], in: tcpdump.log), "\(tcpdump.log)")
        let second = try #require(Self.sentAt(Self.vips[1], in: tcpdump.log), "\(tcpdump.log)")
        #expect(second - first >= 0.75, "the second NA came \(second - first) s after the first")
    }
}
