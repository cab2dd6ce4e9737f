import Foundation
import Glibc
import Testing
import VigilLab

/// `static_ipaddress` and `static_routes` through the daemon: installed at start whatever the
/// instance's state, removed at an orderly stop, as keepalived 2.2.7's VRRP process does.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct StaticAddressingTests {
    static let config = InstanceConfig.file(
        routerID: "lb1",
        preamble: [
            "static_ipaddress {", "    192.0.2.1/24 dev eth0", "}",
            "static_routes {", "    10.66.0.0/16 via 192.0.2.254 dev eth0", "}",
        ],
        [InstanceConfig(state: "BACKUP", priority: 100, password: "secret12")])

    static func installed(_ lab: NamespaceLab) -> Bool {
        lab.holds("lb1", "192.0.2.1")
            && lab.attempt("lb1", ["ip", "route", "show", "proto", "keepalived"]).output
                .contains("10.66.0.0/16 via 192.0.2.254 dev eth0")
    }

    @Test func staticEntriesAreInstalledAtStartAndRemovedAtStop() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let lb1 = try lab.startVigil(on: "lb1", config: Self.config)
        #expect(await Eventually.holds(within: .seconds(10)) { Self.installed(lab) }, "\(lb1.log)")
        #expect(lb1.log.contains("(VI_1) Entering BACKUP STATE"))

        lb1.signal(SIGTERM)
        #expect(await lb1.waitForExit(within: .seconds(5)))
        #expect(!lab.holds("lb1", "192.0.2.1"))
        #expect(!lab.attempt("lb1", ["ip", "route"]).output.contains("10.66.0.0/16"))
    }
}
