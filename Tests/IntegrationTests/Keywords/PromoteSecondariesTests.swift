import Foundation
import Glibc
import Testing
import VigilLab

/// `promote_secondaries` through the daemon: the instance's interface gets the flag at start, so
/// the VIP (a secondary of the interface's own 10.99.0.2/24) survives the primary's removal; an
/// orderly stop clears the flag again, as keepalived 2.2.7 does.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct PromoteSecondariesTests {
    static let vip = "10.99.0.100"

    static func flag(_ lab: NamespaceLab) -> String {
        lab.attempt("lb1", ["sysctl", "-n", "net.ipv4.conf.eth0.promote_secondaries"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func theVIPSurvivesThePrimaryAddressAndTheFlagIsClearedAtStop() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        try lab.inside("lb1", "sysctl", "-qw", "net.ipv4.conf.eth0.promote_secondaries=0")
        var instance = InstanceConfig(state: "MASTER", priority: 101, password: "secret12")
        instance.extraLines = ["promote_secondaries"]
        let lb1 = try lab.startVigil(on: "lb1", config: InstanceConfig.file(routerID: "lb1", [instance]))
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) })
        #expect(Self.flag(lab) == "1")

        try lab.inside("lb1", "ip", "addr", "del", "\(NamespaceLab.ipv4(2))/24", "dev", "eth0")
        #expect(lab.holds("lb1", Self.vip), "the VIP went with the primary address")

        lb1.signal(SIGTERM)
        #expect(await lb1.waitForExit(within: .seconds(5)))
        #expect(Self.flag(lab) == "0")
    }
}
