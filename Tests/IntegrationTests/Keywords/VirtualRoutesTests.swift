import Foundation
import Glibc
import Testing
import VigilLab

/// `virtual_routes` through the daemon: installed over rtnetlink (protocol `keepalived`) while the
/// instance is MASTER and removed when it leaves MASTER, as `ip route` in each namespace shows.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct VirtualRoutesTests {
    static let vip = "10.99.0.100"
    static let routes = ["10.88.0.0/16 via 10.99.0.50 dev eth0", "10.77.0.0/24 dev eth0 metric 50"]

    static func config(_ host: String, priority: Int) -> String {
        var instance = InstanceConfig(
            state: priority > 100 ? "MASTER" : "BACKUP", priority: priority, password: "secret12")
        instance.extraLines = ["virtual_routes {"] + routes.map { "    \($0)" } + ["}"]
        return InstanceConfig.file(routerID: host, [instance])
    }

    /// Both routes as `ip route` shows them in `host`'s namespace, installed by keepalived's protocol.
    static func hasRoutes(_ lab: NamespaceLab, _ host: String) -> Bool {
        let shown = lab.attempt(host, ["ip", "route", "show", "proto", "keepalived"]).output
        return shown.contains("10.88.0.0/16 via 10.99.0.50 dev eth0")
            && shown.contains("10.77.0.0/24 dev eth0") && shown.contains("metric 50")
    }

    static func hasNoRoutes(_ lab: NamespaceLab, _ host: String) -> Bool {
        let shown = lab.attempt(host, ["ip", "route", "show"]).output
        return !shown.contains("10.88.0.0/16") && !shown.contains("10.77.0.0/24")
    }

    @Test func theMasterHoldsItsRoutesAndHandsThemOverWithMastership() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let lb1 = try lab.startVigil(on: "lb1", config: Self.config("lb1", priority: 101))
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) })
        let lb2 = try lab.startVigil(on: "lb2", config: Self.config("lb2", priority: 100))
        try #require(await Eventually.holds(within: .seconds(5)) { lb2.log.contains("(VI_1) Entering BACKUP STATE") })
        #expect(await Eventually.holds(within: .seconds(3)) { Self.hasRoutes(lab, "lb1") })
        #expect(Self.hasNoRoutes(lab, "lb2"))

        // SIGTERM: lb1 leaves MASTER and removes its routes; lb2 becomes MASTER and installs them.
        lb1.signal(SIGTERM)
        #expect(await lb1.waitForExit(within: .seconds(5)))
        #expect(Self.hasNoRoutes(lab, "lb1"), "\(lab.attempt("lb1", ["ip", "route"]).output)")
        #expect(await Eventually.holds(within: .seconds(5)) { Self.hasRoutes(lab, "lb2") })

        // lb1 returns and preempts: lb2 removes them on leaving MASTER.
        _ = try lab.startVigil(on: "lb1", config: Self.config("lb1", priority: 101))
        #expect(await Eventually.holds(within: .seconds(10)) { Self.hasRoutes(lab, "lb1") })
        #expect(await Eventually.holds(within: .seconds(5)) { Self.hasNoRoutes(lab, "lb2") })
    }
}
