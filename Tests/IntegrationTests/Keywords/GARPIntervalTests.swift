import Foundation
import Testing
import VigilLab

/// `vrrp_garp_interval` through the daemon: the gratuitous ARPs a new master sends for its two VIPs
/// leave eth0 at least the interval apart, as tcpdump in the master's namespace sees them.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct GARPIntervalTests {
    static let vips = ["10.99.0.100", "10.99.0.101"]

    /// The capture time of the first gratuitous ARP for `address` in tcpdump's `-tt` output.
    static func sentAt(_ address: String, in capture: String) -> Double? {
        capture.split(separator: "\n").first { $0.contains("who-has \(address) ") && $0.contains("tell \(address),") }
            .flatMap { $0.split(separator: " ").first }.flatMap { Double($0) }
    }

    @Test func theTwoVIPsAreAnnouncedAnIntervalApart() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let tcpdump = try lab.start("lb1", ["tcpdump", "-i", "eth0", "-n", "-tt", "-l", "arp"], logName: "tcpdump-lb1")
        try #require(await Eventually.holds(within: .seconds(5)) { tcpdump.log.contains("listening on eth0") })
        var instance = InstanceConfig(state: "MASTER", priority: 101, password: "secret12")
        instance.addresses = Self.vips.map { "\($0)/24" }
        instance.extraLines = ["garp_master_repeat 1", "garp_master_delay 0"]
        let config = InstanceConfig.file(routerID: "lb1", globals: ["vrrp_garp_interval 0.8"], [instance])
        _ = try lab.startVigil(on: "lb1", config: config)
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vips[0]) })
        #expect(await Eventually.holds(within: .seconds(3)) { Self.sentAt(Self.vips[1], in: tcpdump.log) != nil })
        let first = try #require(Self.sentAt(Self.vips[0], in: tcpdump.log), "\(tcpdump.log)")
        let second = try #require(Self.sentAt(Self.vips[1], in: tcpdump.log), "\(tcpdump.log)")
        #expect(second - first >= 0.75, "the second GARP came \(second - first) s after the first")
    }
}
