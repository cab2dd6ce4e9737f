import Foundation
import Testing
import VigilLab

/// `vrrp_startup_delay` through the daemon: no instance becomes MASTER before the delay and a
/// Master_Down_Interval after it have passed, as keepalived 2.2.7 delays its instances.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct StartupDelayTests {
    static let vip = "10.99.0.100"

    @Test func theMasterWaitsForTheDelayBeforeTakingTheAddresses() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let config = InstanceConfig.file(
            routerID: "lb1", globals: ["vrrp_startup_delay 2"],
            [InstanceConfig(state: "MASTER", priority: 101, password: "secret12")])
        let started = ContinuousClock.now
        let lb1 = try lab.startVigil(on: "lb1", config: config)
        #expect(await Eventually.holds(within: .seconds(3)) { lb1.log.contains("Delaying startup for 2 seconds") })
        // Without the delay the VIP comes after one Master_Down_Interval (3.6 s); with it, 2 s later.
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) })
        let elapsed = ContinuousClock.now - started
        #expect(elapsed >= .milliseconds(5500), "the VIP came after \(elapsed)")
    }
}
