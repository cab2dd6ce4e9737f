import NetworkPrimitives
import Testing
import TestSupport
import VRRP

@Suite struct SyncGroupScenarioTests {
    typealias F = SimulationFixture

    static func node(_ name: String, _ number: UInt8, priority: UInt8) -> SimulatedNode {
        F.node(
            name, number,
            [
                F.instance("VI_1", vrid: 51, priority: priority),
                F.instance("VI_2", vrid: 52, priority: priority, interface: "eth1"),
            ],
            syncGroups: [VRRPSyncGroupConfiguration(name: "G1", members: ["VI_1", "VI_2"])])
    }

    @Test func aSyncGroupOfTwoInstancesFailsOverTogether() {
        var lan = SimulatedLAN(
            nodes: [Self.node("A", 1, priority: 150), Self.node("B", 2, priority: 100)], delay: F.delay...F.delay)
        lan.start()
        lan.run(until: .seconds(10))
        #expect(lan.masters(of: "VI_1") == ["A"])
        #expect(lan.masters(of: "VI_2") == ["A"])
        lan.setLink("A", "eth1", isUp: false)
        lan.run(until: .seconds(20))
        #expect(lan.masters(of: "VI_1") == ["B"])
        #expect(lan.masters(of: "VI_2") == ["B"])
        #expect(lan.node("A").router.state(of: "VI_1") == .fault)
        #expect(!lan.records(of: "B") { $0 == .syncGroup("G1", .notify(state: .master)) }.isEmpty)
        #expect(!lan.records(of: "A") { $0 == .syncGroup("G1", .notify(state: .fault)) }.isEmpty)
        let first = lan.firstTime("VI_1", from: .seconds(10)) { $0 == ["B"] }!
        let second = lan.firstTime("VI_2", from: .seconds(10)) { $0 == ["B"] }!
        #expect(first == second)

        lan.setLink("A", "eth1", isUp: true)
        lan.run(until: .seconds(30))
        #expect(lan.masters(of: "VI_1") == ["A"])
        #expect(lan.masters(of: "VI_2") == ["A"])
    }
}
