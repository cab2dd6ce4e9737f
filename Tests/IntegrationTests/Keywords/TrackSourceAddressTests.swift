import Foundation
import Testing
import VigilLab

/// `track_src_ip` through the daemon: an instance whose configured source address (`mcast_src_ip`)
/// leaves the host goes to FAULT and drops its VIP; when the address comes back it becomes master
/// again, as keepalived 2.2.7 follows its netlink address events.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct TrackSourceAddressTests {
    static let vip = "10.99.0.100"
    static let source = "10.99.0.20"

    static func faults(_ lb1: LabProcess) -> Int {
        lb1.log.components(separatedBy: "(VI_1) Entering FAULT STATE").count - 1
    }

    @Test func theInstanceFollowsItsConfiguredSourceAddress() async throws {
        let lab = try NamespaceLab.build(prefix: NamespaceLab.randomPrefix("vgkt"))
        defer { lab.destroy() }
        try lab.inside("lb1", "ip", "addr", "add", "\(Self.source)/24", "dev", "eth0")
        var instance = InstanceConfig(state: "MASTER", priority: 101, password: "secret12")
        instance.extraLines = ["mcast_src_ip \(Self.source)", "track_src_ip"]
        let lb1 = try lab.startVigil(on: "lb1", config: InstanceConfig.file(routerID: "lb1", [instance]))
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) }, "\(lb1.log)")
        #expect(Self.faults(lb1) == 0, "\(lb1.log)")

        try lab.inside("lb1", "ip", "addr", "del", "\(Self.source)/24", "dev", "eth0")
        #expect(await Eventually.holds(within: .seconds(5)) { Self.faults(lb1) == 1 }, "\(lb1.log)")
        #expect(await Eventually.holds(within: .seconds(3)) { !lab.holds("lb1", Self.vip) }, "\(lb1.log)")

        try lab.inside("lb1", "ip", "addr", "add", "\(Self.source)/24", "dev", "eth0")
        #expect(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) }, "\(lb1.log)")
        #expect(Self.faults(lb1) == 1, "\(lb1.log)")
    }

    @Test func withoutTheKeywordTheMissingSourceChangesNothing() async throws {
        let lab = try NamespaceLab.build(prefix: NamespaceLab.randomPrefix("vgkt"))
        defer { lab.destroy() }
        try lab.inside("lb1", "ip", "addr", "add", "\(Self.source)/24", "dev", "eth0")
        var instance = InstanceConfig(state: "MASTER", priority: 101, password: "secret12")
        instance.extraLines = ["mcast_src_ip \(Self.source)"]
        let lb1 = try lab.startVigil(on: "lb1", config: InstanceConfig.file(routerID: "lb1", [instance]))
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) }, "\(lb1.log)")
        try lab.inside("lb1", "ip", "addr", "del", "\(Self.source)/24", "dev", "eth0")
        #expect(await !Eventually.holds(within: .seconds(3)) { Self.faults(lb1) > 0 }, "\(lb1.log)")
        #expect(lab.holds("lb1", Self.vip), "\(lb1.log)")
    }
}
