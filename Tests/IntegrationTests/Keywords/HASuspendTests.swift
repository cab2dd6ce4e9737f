import Foundation
import Testing
import VigilLab

/// `ha_suspend` through the daemon: while the virtual server's address is not on the director no
/// probe reaches the real server; when VRRP puts the VIP on, the checkers start probing, as keepalived's
/// checker follows netlink address events.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct HASuspendTests {
    static let vip = "10.99.0.100"

    static func config() -> String {
        let service = [
            "virtual_server \(vip) 80 {", "    delay_loop 1", "    lb_algo rr", "    lb_kind NAT", "    protocol TCP",
            "    ha_suspend",
            "    real_server \(NamespaceLab.ipv4(11)) 80 {",
            "        HTTP_GET {", "            url {", "                path /probe", "                status_code 200",
            "            }", "            connect_timeout 1", "        }", "    }", "}",
        ]
        // The VIP comes only after the startup delay and a Master_Down_Interval (about 5.6 s).
        return InstanceConfig.file(
            routerID: "lb1", globals: ["vrrp_startup_delay 2"], preamble: service,
            [InstanceConfig(state: "MASTER", priority: 101, password: "secret12")])
    }

    /// The checker's requests the real server logged.
    static func probes(_ web: LabProcess) -> Int {
        web.log.components(separatedBy: "GET /probe").count - 1
    }

    @Test func noProbeReachesTheRealServerUntilTheVIPIsOnTheDirector() async throws {
        let lab = try NamespaceLab.build(prefix: NamespaceLab.randomPrefix("vgkh"))
        defer { lab.destroy() }
        let web = try lab.serveName(on: "web1")
        _ = try lab.write("www-web1/probe", "ok\n")
        let started = ContinuousClock.now
        let lb1 = try lab.startVigil(on: "lb1", config: Self.config())
        #expect(await Eventually.holds(within: .seconds(3)) { lb1.log.contains("Deactivating healthchecker for service") }, "\(lb1.log)")
        // Unsuspended, the first probe would come 1 s after start (plus jitter up to a delay_loop).
        let quiet = await !Eventually.holds(within: started + .seconds(3.5) - ContinuousClock.now, every: .milliseconds(100)) {
            Self.probes(web) > 0
        }
        #expect(quiet, "\(web.log)")
        try #require(!lab.holds("lb1", Self.vip), "the VIP came too early for the test to mean anything")

        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) }, "\(lb1.log)")
        #expect(await Eventually.holds(within: .seconds(5)) { Self.probes(web) >= 2 }, "\(web.log)\n\(lb1.log)")
        #expect(lb1.log.contains("Activating healthchecker for service"), "\(lb1.log)")
    }
}
