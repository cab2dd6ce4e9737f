import NetworkPrimitives
import Testing
import TestSupport
import VRRP

@Suite struct FailoverScenarioTests {
    typealias F = SimulationFixture

    @Test func twoRoutersConvergeToTheHigherPriorityAsTheOnlyMaster() {
        var lan = F.pair(F.instance(priority: 150), F.instance(priority: 100))
        lan.start()
        lan.run(for: .seconds(30))
        #expect(lan.masters(of: "VI_1") == ["A"])
        #expect(lan.timeline["VI_1"]?.map(\.masters) == [["A"]])
        #expect(lan.node("A").installedAddresses == ["VI_1"])
        #expect(lan.node("B").installedAddresses.isEmpty)
    }

    @Test func threeEqualRoutersConvergeOnTheHighestAddress() {
        var lan = SimulatedLAN(
            nodes: [
                F.node("A", 1, [F.instance(priority: 100)]), F.node("B", 2, [F.instance(priority: 100)]),
                F.node("C", 3, [F.instance(priority: 100)]),
            ],
            delay: F.delay...F.delay)
        lan.start()
        lan.run(for: .seconds(10))
        #expect(lan.masters(of: "VI_1") == ["C"])
        let converged = lan.firstTime("VI_1", from: .seconds(1)) { $0 == ["C"] }!
        #expect(converged - F.masterDownInterval(priority: 100) <= .seconds(1) + F.delay)
    }

    @Test func aCrashedMasterIsReplacedWithinMasterDownInterval() {
        var lan = F.pair(F.instance(priority: 150), F.instance(priority: 100))
        lan.start()
        lan.run(until: .seconds(10.5))
        lan.crash("A")
        lan.run(for: .seconds(10))
        let takeover = lan.firstTime("VI_1", from: .seconds(10.5)) { $0 == ["B"] }!
        #expect(takeover - .seconds(10.5) <= F.masterDownInterval(priority: 100) + F.delay)
        #expect(lan.node("B").installedAddresses == ["VI_1"])
    }

    @Test func aGracefulShutdownHandsOverWithinSkewTime() {
        var lan = F.pair(F.instance(priority: 150), F.instance(priority: 100))
        lan.start()
        lan.run(until: .seconds(10.5))
        lan.shutdown("A")
        lan.run(for: .seconds(5))
        let takeover = lan.firstTime("VI_1", from: .seconds(10.5)) { $0 == ["B"] }!
        #expect(takeover - .seconds(10.5) <= F.skew(priority: 100) + F.delay)
        #expect(takeover - .seconds(10.5) >= F.skew(priority: 100))
    }

    @Test func theHigherPriorityPreemptsBackAfterARestart() {
        var lan = F.pair(F.instance(priority: 150), F.instance(priority: 100))
        lan.start()
        lan.run(until: .seconds(10))
        lan.crash("A")
        lan.run(until: .seconds(20))
        #expect(lan.masters(of: "VI_1") == ["B"])
        lan.restart("A")
        lan.run(for: .seconds(10))
        #expect(lan.masters(of: "VI_1") == ["A"])
        let back = lan.firstTime("VI_1", from: .seconds(20)) { $0 == ["A"] }!
        #expect(back - .seconds(20) <= F.masterDownInterval(priority: 150) + .seconds(1) + F.delay)
    }

    @Test func nopreemptKeepsTheLowerPriorityMaster() {
        var lan = F.pair(F.instance(priority: 150, preempt: false), F.instance(priority: 100))
        lan.start(["B"])
        lan.run(until: .seconds(10))
        lan.start(["A"])
        lan.run(for: .seconds(30))
        #expect(lan.masters(of: "VI_1") == ["B"])
        #expect(lan.timeline["VI_1"]?.count == 1)
    }

    @Test func preemptDelayPostponesTheTakeoverByTheDelay() {
        var lan = F.pair(F.instance(priority: 150, preemptDelay: .seconds(10)), F.instance(priority: 100))
        lan.start(["B"])
        lan.run(until: .seconds(10))
        lan.start(["A"])
        lan.run(for: .seconds(30))
        #expect(lan.masters(of: "VI_1") == ["A"])
        let takeover = lan.firstTime("VI_1", from: .seconds(10)) { $0.contains("A") }!
        #expect(takeover - .seconds(10) >= .seconds(10))
        #expect(takeover - .seconds(10) <= .seconds(11) + F.masterDownInterval(priority: 150) + F.delay)
    }

    @Test func aWeightedScriptFailureMovesMastership() {
        let chk = VRRPTrackerBinding(.script("chk_nginx"), weight: -60)
        var lan = F.pair(F.instance(priority: 150, trackers: [chk]), F.instance(priority: 100))
        lan.start()
        lan.setTracker("A", .script("chk_nginx"), .up)
        lan.run(until: .seconds(10.5))
        lan.setTracker("A", .script("chk_nginx"), .down)
        lan.run(for: .seconds(10))
        #expect(lan.masters(of: "VI_1") == ["B"])
        // The drop is carried by A's next advert; B then times out on its Master_Down_Interval.
        let moved = lan.firstTime("VI_1", from: .seconds(10.5)) { $0 == ["B"] }!
        #expect(moved - .seconds(10.5) <= .seconds(1) + F.masterDownInterval(priority: 100) + F.delay * 2)
    }

    @Test func anUnweightedScriptFailureFaultsAndTheBackupTakesOverWithinSkew() {
        var lan = F.pair(F.instance(priority: 150, trackers: [.init(.script("chk"))]), F.instance(priority: 100))
        lan.start()
        lan.setTracker("A", .script("chk"), .up)
        lan.run(until: .seconds(10.5))
        lan.setTracker("A", .script("chk"), .down)
        lan.run(for: .seconds(5))
        #expect(lan.node("A").router.state(of: "VI_1") == .fault)
        let takeover = lan.firstTime("VI_1", from: .seconds(10.5)) { $0 == ["B"] }!
        #expect(takeover - .seconds(10.5) <= F.skew(priority: 100) + F.delay)
    }

    @Test func aLinkDownFaultsTheMasterAndLinkUpPreemptsBack() {
        var lan = F.pair(F.instance(priority: 150), F.instance(priority: 100))
        lan.start()
        lan.run(until: .seconds(10.5))
        lan.setLink("A", "eth0", isUp: false)
        lan.run(until: .seconds(20))
        #expect(lan.node("A").router.state(of: "VI_1") == .fault)
        #expect(lan.masters(of: "VI_1") == ["B"])
        lan.setLink("A", "eth0", isUp: true)
        lan.run(until: .seconds(30))
        #expect(lan.masters(of: "VI_1") == ["A"])
    }

    @Test func anOwnerTakesOverAtOnceOnStart() {
        var lan = F.pair(F.instance(priority: 255), F.instance(priority: 100))
        lan.start(["B"])
        lan.run(until: .seconds(10))
        lan.start(["A"])
        lan.run(for: .seconds(5))
        #expect(lan.masters(of: "VI_1") == ["A"])
        #expect(lan.firstTime("VI_1", from: .seconds(10)) { $0 == ["A"] }! <= .seconds(10) + F.delay)
    }
}
