import NetworkPrimitives
import Testing
import TestSupport
import VRRP

@Suite struct VRRPStateMachineBackupTests {
    @Test(
        "BACKUP accepts equal or higher priority from any address: no tie-break", arguments: [100, 101, 255] as [UInt8])
    func backupAcceptsEqualOrHigher(priority: UInt8) {
        var machine = Fixture.started(Fixture.configuration(priority: 100))
        let actions = machine.handle(
            .advertisementReceived(Fixture.advert(priority), source: Fixture.lowerPeer), now: .seconds(2))
        #expect(actions.isEmpty)
        #expect(machine.masterAddress == Fixture.lowerPeer)
        #expect(machine.nextDeadline == .seconds(2) + .microseconds(3_609_375))
    }

    @Test func aLowerPriorityIsDiscardedAndDoesNotResetTheTimer() {
        var machine = Fixture.started(Fixture.configuration(priority: 100))
        let before = machine.nextDeadline
        let actions = machine.handle(.advertisementReceived(Fixture.advert(99), source: Fixture.peer), now: .seconds(2))
        #expect(actions == [.ignored(.lowerPriority(source: Fixture.peer, priority: 99))])
        #expect(machine.nextDeadline == before)
    }

    @Test func nopreemptAcceptsALowerPriorityMaster() {
        var machine = Fixture.started(Fixture.configuration(priority: 150, preempt: false))
        let actions = machine.handle(.advertisementReceived(Fixture.advert(50), source: Fixture.peer), now: .seconds(2))
        #expect(actions.isEmpty)
        #expect(machine.nextDeadline == MonotonicInstant.seconds(2) + machine.masterDownInterval)
    }

    @Test func priorityZeroShortensTheTimerToSkewTime() {
        var machine = Fixture.started(Fixture.configuration(priority: 100))
        _ = machine.handle(.advertisementReceived(Fixture.advert(0), source: Fixture.peer), now: .seconds(2))
        #expect(machine.nextDeadline == .seconds(2) + .microseconds(609_375))
    }

    @Test func aV3BackupAdoptsTheMastersIntervalAndTimesOutOnIt() {
        var machine = Fixture.started(Fixture.configuration(version: .v3, interval: .seconds(1)))
        let actions = machine.handle(
            .advertisementReceived(
                Fixture.advert(200, version: .v3, interval: .milliseconds(100)), source: Fixture.peer),
            now: .seconds(1))
        #expect(actions == [.adoptedMasterAdvertisementInterval(.milliseconds(100))])
        #expect(machine.nextDeadline == .seconds(1) + .microseconds(360_937))
    }

    @Test func aV2BackupKeepsItsOwnInterval() {
        var machine = Fixture.started(Fixture.configuration(version: .v2))
        _ = machine.handle(
            .advertisementReceived(Fixture.advert(200, interval: .seconds(3)), source: Fixture.peer), now: .seconds(1))
        #expect(machine.masterAdvertisementInterval == .seconds(1))
    }

    @Test func anAdvertOfTheOtherVersionIsIgnored() {
        var machine = Fixture.started(Fixture.configuration(version: .v2))
        let before = machine.nextDeadline
        let actions = machine.handle(
            .advertisementReceived(Fixture.advert(200, version: .v3), source: Fixture.peer), now: .seconds(1))
        #expect(actions == [.ignored(.versionMismatch(received: .v3, expected: .v2))])
        #expect(machine.nextDeadline == before)
    }

    @Test func preemptDelayAcceptsLowerPrioritiesUntilTheDelayAfterTheFirstThenDiscards() {
        var machine = Fixture.started(Fixture.configuration(priority: 150, preemptDelay: .seconds(10)))
        let lower = VRRPStateMachine.Event.advertisementReceived(Fixture.advert(100), source: Fixture.peer)
        #expect(machine.handle(lower, now: .seconds(1)).isEmpty)
        #expect(machine.handle(lower, now: .seconds(10.9)).isEmpty)
        #expect(machine.nextDeadline == MonotonicInstant.seconds(10.9) + machine.masterDownInterval)
        #expect(
            machine.handle(lower, now: .seconds(11)) == [.ignored(.lowerPriority(source: Fixture.peer, priority: 100))])
        let takeover = machine.nextDeadline!
        _ = machine.handle(.deadlineReached, now: takeover)
        #expect(machine.state == .master)
    }

    @Test func anEqualPriorityAdvertRestartsThePreemptDelay() {
        var machine = Fixture.started(Fixture.configuration(priority: 150, preemptDelay: .seconds(10)))
        _ = machine.handle(.advertisementReceived(Fixture.advert(100), source: Fixture.peer), now: .seconds(1))
        _ = machine.handle(.advertisementReceived(Fixture.advert(150), source: Fixture.peer), now: .seconds(5))
        #expect(
            machine.handle(.advertisementReceived(Fixture.advert(100), source: Fixture.peer), now: .seconds(12)).isEmpty
        )
        #expect(
            machine.handle(.advertisementReceived(Fixture.advert(100), source: Fixture.peer), now: .seconds(21.9))
                .isEmpty)
        #expect(
            !machine.handle(.advertisementReceived(Fixture.advert(100), source: Fixture.peer), now: .seconds(22))
                .isEmpty)
    }

    @Test func aLowerEffectivePriorityShiftsTheRunningTimerByTheSkewChange() {
        let configuration = Fixture.configuration(priority: 100, trackers: [.init(.script("chk"), weight: -20)])
        var machine = Fixture.started(configuration)
        _ = machine.handle(.advertisementReceived(Fixture.advert(200), source: Fixture.peer), now: .seconds(1))
        let before = machine.nextDeadline!
        let actions = machine.handle(.trackerChanged(.script("chk"), .down), now: .seconds(2))
        #expect(actions == [.effectivePriorityChanged(from: 100, to: 80)])
        // v2 skew: (256-80)/256 - (256-100)/256 s = 20/256 s = 78125 us.
        #expect(machine.nextDeadline == before + .microseconds(78_125))
    }

    @Test func aDiscardedAdvertInFaultIsReportedAsIgnored() {
        var machine = Fixture.started(Fixture.configuration())
        _ = machine.handle(.trackerChanged(.interface("eth0"), .down), now: .seconds(1))
        let actions = machine.handle(
            .advertisementReceived(Fixture.advert(200), source: Fixture.peer), now: .seconds(2))
        #expect(actions == [.ignored(.notListening(.fault))])
    }
}
