import NetworkPrimitives
import Testing
import TestSupport
import VRRP

@Suite struct SplitBrainScenarioTests {
    typealias F = SimulationFixture

    @Test func aPartitionGivesTwoMastersAndHealingLeavesOneWithinOneAdvertInterval() {
        var lan = F.pair(F.instance(priority: 150), F.instance(priority: 100))
        lan.start()
        lan.run(until: .seconds(10))
        lan.partition([["A"], ["B"]])
        lan.run(until: .seconds(20))
        #expect(lan.masters(of: "VI_1") == ["A", "B"])
        lan.heal()
        lan.run(until: .seconds(30))
        #expect(lan.masters(of: "VI_1") == ["A"])
        let healed = lan.firstTime("VI_1", from: .seconds(20)) { $0.count == 1 }!
        #expect(healed - .seconds(20) <= .seconds(1) + F.delay)
    }

    @Test func aMixedV2AndV3MisconfigurationIsReportedNotCrashedOn() {
        var lan = F.pair(F.instance(priority: 150, version: .v2), F.instance(priority: 100, version: .v3))
        lan.start()
        lan.run(for: .seconds(10))
        // Each side drops the other's adverts (keepalived section 3.5 step 4), so both are MASTER.
        #expect(lan.masters(of: "VI_1") == ["A", "B"])
        let rejectedByA = lan.records(of: "A") { $0 == .instance("VI_1", .ignored(.rejected(.version(received: 3)))) }
        let rejectedByB = lan.records(of: "B") { $0 == .instance("VI_1", .ignored(.rejected(.version(received: 2)))) }
        #expect(!rejectedByA.isEmpty)
        #expect(!rejectedByB.isEmpty)
    }

    @Test func aV2IntervalMismatchIsReportedAndSplitsTheBrain() {
        var lan = F.pair(
            F.instance(priority: 150, interval: .seconds(1)), F.instance(priority: 100, interval: .seconds(2)))
        lan.start()
        lan.run(for: .seconds(20))
        #expect(lan.masters(of: "VI_1") == ["A", "B"])
        #expect(
            !lan.records(of: "B") {
                $0
                    == .instance(
                        "VI_1", .ignored(.rejected(.intervalMismatch(received: .seconds(1), configured: .seconds(2)))))
            }.isEmpty)
    }

    @Test func v3RoutersWithDifferentIntervalsStillAgreeAndTheBackupLearnsTheMastersInterval() {
        var lan = F.pair(
            F.instance(priority: 150, version: .v3, interval: .milliseconds(100)),
            F.instance(priority: 100, version: .v3, interval: .seconds(1)))
        lan.start()
        lan.run(for: .seconds(10))
        #expect(lan.masters(of: "VI_1") == ["A"])
        #expect(lan.node("B").router.machine(named: "VI_1")?.masterAdvertisementInterval == .milliseconds(100))
        lan.crash("A")
        let crash = lan.now
        lan.run(for: .seconds(5))
        let takeover = lan.firstTime("VI_1", from: crash) { $0 == ["B"] }!
        #expect(
            takeover - crash <= F.masterDownInterval(priority: 100, version: .v3, interval: .milliseconds(100))
                + F.delay)
    }
}
