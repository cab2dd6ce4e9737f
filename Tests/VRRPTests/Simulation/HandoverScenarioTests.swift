import NetworkPrimitives
import Testing
import TestSupport
import VRRP

/// Make-before-break handover on the simulated wire, Vigil backups (Docs/Handover.md): the addresses
/// are held by some node at every instant, and the old master releases once its successor advertises.
@Suite struct HandoverScenarioTests {
    typealias F = SimulationFixture

    /// A (150) MASTER and B (100) BACKUP, converged at t = 10.5 s.
    static func converged() -> SimulatedLAN {
        var lan = F.pair(F.instance(priority: 150), F.instance(priority: 100))
        lan.start()
        lan.run(until: .seconds(10.5))
        return lan
    }

    @Test func aStopReleasesWhenTheSuccessorAdvertisesAndTheAddressesAreNeverUnheld() {
        var lan = Self.converged()
        #expect(lan.masters(of: "VI_1") == ["A"])
        lan.handOverAndStop("A")
        #expect(lan.node("A").isRunning, "A waits for its successor")
        lan.run(for: .seconds(5))
        let start = MonotonicInstant.seconds(10.5)
        // B goes MASTER after its Skew_Time; A hears B's first advert one delay later and releases.
        let takeover = lan.firstTime("VI_1", from: start) { $0.contains("B") }!
        #expect(takeover - start >= F.skew(priority: 100) && takeover - start <= F.skew(priority: 100) + F.delay)
        let released = lan.firstTime("VI_1", from: start) { $0 == ["B"] }!
        #expect(released - takeover == F.delay, "the dual-holder window is the advert's one-way delay")
        #expect(lan.addressesHeldThroughout("VI_1", from: start))
        #expect(!lan.node("A").isRunning && lan.node("A").installedAddresses.isEmpty)
        #expect(lan.node("B").installedAddresses == ["VI_1"])
    }

    @Test func theOldBreakBeforeMakeStopLeavesTheAddressesUnheldForTheSkewTime() {
        var lan = Self.converged()
        lan.shutdown("A")
        lan.run(for: .seconds(5))
        #expect(!lan.addressesHeldThroughout("VI_1", from: .seconds(10.5)))
        #expect(lan.masters(of: "VI_1") == ["B"])
    }

    @Test func withoutASuccessorTheStopReleasesAtMasterDownIntervalAndDoesNotHang() {
        var lan = Self.converged()
        lan.crash("B")
        lan.handOverAndStop("A")
        lan.run(for: .seconds(10))
        let start = MonotonicInstant.seconds(10.5)
        let released = lan.holderTimeline["VI_1"]?.last { $0.masters.isEmpty }?.time
        #expect(released == start + F.masterDownInterval(priority: 150))
        #expect(!lan.node("A").isRunning)
        // Priority 0 at 0, 1, 2 and 3 s into the handover, nothing after.
        let zeros = lan.records(of: "A") {
            if case .instance(_, .sendAdvertisement(priority: 0)) = $0 { return true }
            return false
        }
        #expect(zeros.map(\.time) == (0...3).map { start + .seconds($0) })
    }

    @Test func aHigherPriorityRouterAdvertisingMeanwhileIsTheSuccessor() {
        var lan = SimulatedLAN(
            nodes: [
                F.node("A", 1, [F.instance(priority: 150)]), F.node("B", 2, [F.instance(priority: 100)]),
                F.node("C", 3, [F.instance(priority: 200)]),
            ],
            delay: F.delay...F.delay)
        lan.start(["A", "B"])
        lan.run(until: .seconds(10.5))
        // B cannot hear A, so it never takes over; C starts during the handover and preempts.
        lan.partition([["A", "C"], ["B"]])
        lan.handOverAndStop("A")
        lan.run(until: .seconds(11))
        lan.start(["C"])
        lan.run(until: .seconds(12.5))
        #expect(lan.addressesHeldThroughout("VI_1", from: .seconds(10.5)))
        #expect(!lan.node("A").isRunning)
        lan.heal()
        lan.run(for: .seconds(10))
        #expect(lan.masters(of: "VI_1") == ["C"])
        let ended = lan.records(of: "A") {
            if case .instance(_, .handoverEnded(let successor)) = $0 { return successor == .v4(IPv4Address(10, 0, 0, 3)) }
            return false
        }
        #expect(ended.count == 1)
    }

    @Test func aStopDuringAMaintenanceHandoverFinishesOnTheSuccessorsAdvert() {
        var lan = Self.converged()
        lan.partition([["A"], ["B"]])
        lan.maintenance("A", .enter(.makeBeforeBreak))
        lan.run(for: .seconds(1.2))
        lan.handOverAndStop("A")
        #expect(lan.node("A").isRunning && lan.masters(of: "VI_1") == ["A"])
        // B hears the next repeated priority 0 and takes over after its Skew_Time.
        lan.heal()
        lan.run(for: .seconds(5))
        #expect(lan.masters(of: "VI_1") == ["B"])
        #expect(lan.addressesHeldThroughout("VI_1", from: .seconds(10.5)))
        #expect(!lan.node("A").isRunning)
    }

    @Test func maintenanceHandsOverWithoutAGapAndTheMasterStaysBackup() {
        var lan = Self.converged()
        lan.maintenance("A", .enter(.makeBeforeBreak))
        lan.run(for: .seconds(20))
        #expect(lan.masters(of: "VI_1") == ["B"])
        #expect(lan.addressesHeldThroughout("VI_1", from: .seconds(10.5)))
        #expect(lan.node("A").router.state(of: "VI_1") == .backup)
    }

    @Test func aReloadThatLowersTheMastersPriorityBelowTheBackupsHandsOverWithoutAGap() {
        var lan = F.pair(F.instance(priority: 150), F.instance(priority: 120))
        lan.start()
        lan.run(until: .seconds(10.5))
        lan.reload("A", instances: [F.instance(priority: 100)])
        lan.run(for: .seconds(10))
        #expect(lan.masters(of: "VI_1") == ["B"])
        #expect(lan.addressesHeldThroughout("VI_1", from: .seconds(10.5)))
        // The backup ignored the lower priority, so its Master_Down_Timer ran out from the last advert it accepted.
        let takeover = lan.firstTime("VI_1", from: .seconds(10.5)) { $0.contains("B") }!
        #expect(takeover - .seconds(10.5) <= F.masterDownInterval(priority: 120) + F.delay)
        #expect(lan.node("A").router.state(of: "VI_1") == .backup)
    }
}
