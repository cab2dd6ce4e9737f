import Foundation
import Testing
import VigilLab

/// `dynamic_interfaces` through the daemon: an instance whose interface does not exist at start waits
/// in FAULT and starts when the interface is created; an interface deleted and created again (a new
/// index) is followed: its socket is opened again and the master takes its VIP back. Without the
/// keyword a missing interface stops the daemon, as keepalived 2.2.7's VRRP process stops.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct DynamicInterfacesTests {
    static let vip = "10.98.0.100"

    static func config(dynamic: Bool) -> String {
        InstanceConfig.file(
            routerID: "lb1", globals: dynamic ? ["dynamic_interfaces"] : [],
            [InstanceConfig(state: "MASTER", interface: "eth9", priority: 101, addresses: ["\(vip)/24"])])
    }

    /// Creates `eth9` in lb1 (a veth whose peer `eth9p` stays in lb1 too), up, with an address.
    static func createInterface(_ lab: NamespaceLab) throws {
        try lab.inside("lb1", "ip", "link", "add", "eth9", "type", "veth", "peer", "name", "eth9p")
        try lab.inside("lb1", "ip", "addr", "add", "10.98.0.1/24", "dev", "eth9")
        try lab.inside("lb1", "ip", "link", "set", "eth9p", "up")
        try lab.inside("lb1", "ip", "link", "set", "eth9", "up")
    }

    /// Packets the veth's peer received: the master's adverts among them.
    static func receivedByPeer(_ lab: NamespaceLab) -> Int {
        Int(lab.attempt("lb1", ["cat", "/sys/class/net/eth9p/statistics/rx_packets"]).output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    static func status(_ lab: NamespaceLab) -> String {
        lab.attempt("lb1", [IntegrationGate.vigilBinary, "status", "--socket", "\(lab.directory)/lb1.sock"]).output
    }

    @Test func anInstanceWaitsInFaultForItsInterfaceAndFollowsItWhenReCreated() async throws {
        let lab = try NamespaceLab.build(prefix: NamespaceLab.randomPrefix("vgkw"))
        defer { lab.destroy() }
        let lb1 = try lab.startVigil(on: "lb1", config: Self.config(dynamic: true))
        #expect(await Eventually.holds(within: .seconds(5)) {
            Self.status(lab).split(separator: "\n").contains { $0.contains("VI_1") && $0.contains("FAULT") }
        }, "\(Self.status(lab))\n\(lb1.log)")
        #expect(lb1.isRunning)

        try Self.createInterface(lab)
        #expect(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) }, "\(lb1.log)")
        #expect(await Eventually.holds(within: .seconds(5)) {
            Self.status(lab).split(separator: "\n").contains { $0.contains("VI_1") && $0.contains("MASTER") }
        }, "\(Self.status(lab))")
        let sent = Self.receivedByPeer(lab)
        #expect(await Eventually.holds(within: .seconds(5)) { Self.receivedByPeer(lab) >= sent + 2 }, "no adverts on eth9")

        // Deleted: FAULT. Created again with a new index: the socket follows and the VIP comes back.
        let faults = lb1.log.components(separatedBy: "(VI_1) Entering FAULT STATE").count
        try lab.inside("lb1", "ip", "link", "del", "eth9")
        #expect(await Eventually.holds(within: .seconds(5)) {
            lb1.log.components(separatedBy: "(VI_1) Entering FAULT STATE").count > faults
        }, "\(lb1.log)")
        try Self.createInterface(lab)
        #expect(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) }, "\(lb1.log)")
        let again = Self.receivedByPeer(lab)
        #expect(await Eventually.holds(within: .seconds(5)) { Self.receivedByPeer(lab) >= again + 2 }, "no adverts on the new eth9\n\(lb1.log)")
        #expect(lb1.log.components(separatedBy: "Interface eth9 (index").count >= 3, "\(lb1.log)")
    }

    @Test func withoutTheKeywordAMissingInterfaceStopsTheDaemon() async throws {
        let lab = try NamespaceLab.build(prefix: NamespaceLab.randomPrefix("vgkw"))
        defer { lab.destroy() }
        let lb1 = try lab.startVigil(on: "lb1", config: Self.config(dynamic: false))
        #expect(await Eventually.holds(within: .seconds(5)) { !lb1.isRunning }, "\(lb1.log)")
        #expect(lb1.log.contains("(VI_1) interface eth9 does not exist"), "\(lb1.log)")
    }
}
