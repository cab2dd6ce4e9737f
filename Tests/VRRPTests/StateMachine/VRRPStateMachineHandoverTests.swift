import NetworkPrimitives
import Testing
import TestSupport
import VRRP

/// Make-before-break handover (Docs/Handover.md): the MASTER advertises priority 0 but keeps its
/// addresses until a successor's advert, or until Master_Down_Interval has passed.
@Suite struct VRRPStateMachineHandoverTests {
    static let bound = VRRPTiming.masterDownInterval(
        priority: 100, version: .v2, masterAdvertisementInterval: .seconds(1), downTimerAdverts: 3)

    @Test func maintenanceKeepsTheAddressesUntilTheSuccessorAdvertises() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        let begun = machine.handle(.maintenance(.enter(.makeBeforeBreak)), now: since)
        #expect(begun == [.handoverStarted(within: Self.bound), .sendAdvertisement(priority: 0)])
        #expect(machine.state == .master)
        #expect(machine.handover == VRRPHandoverProgress(purpose: .maintenance, deadline: since + Self.bound))
        // Still waiting one interval later: priority 0 again, in case the first was lost.
        #expect(machine.nextDeadline == since + .seconds(1))
        #expect(machine.handle(.deadlineReached, now: since + .seconds(1)) == [.sendAdvertisement(priority: 0)])
        let released = machine.handle(
            .advertisementReceived(Fixture.advert(90), source: Fixture.peer), now: since + .seconds(1.5))
        #expect(
            released == [
                .handoverEnded(successor: Fixture.peer),
                .transitioned(from: .master, to: .backup, reason: .maintenance),
                .removeVirtualAddresses, .notify(state: .backup, priority: 100),
            ])
        #expect(machine.state == .backup && machine.inMaintenance && machine.handover == nil)
        #expect(machine.masterAddress == Fixture.peer && machine.masterPriority == 90)
    }

    @Test func withoutASuccessorAStopReleasesAtMasterDownInterval() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        #expect(machine.handle(.shutdownAfterHandover, now: since).last == .sendAdvertisement(priority: 0))
        var adverts = 1
        var now = since
        while let next = machine.nextDeadline, next < since + Self.bound {
            now = next
            let actions = machine.handle(.deadlineReached, now: now)
            #expect(actions == [.sendAdvertisement(priority: 0)])
            adverts += 1
        }
        #expect(adverts == 4, "priority 0 at 0, 1, 2 and 3 s")
        #expect(machine.nextDeadline == since + Self.bound)
        let released = machine.handle(.deadlineReached, now: since + Self.bound)
        #expect(
            released == [
                .handoverEnded(successor: nil),
                .transitioned(from: .master, to: .initialize, reason: .shutdown),
                .removeVirtualAddresses, .notify(state: .stop, priority: 100),
            ])
        #expect(machine.state == .initialize && machine.nextDeadline == nil)
    }

    @Test func anyOtherRoutersAdvertAboveZeroIsTheSuccessorWhateverItsPriority() {
        for priority: UInt8 in [1, 100, 254] {
            var (machine, since) = Fixture.master(Fixture.configuration())
            _ = machine.handle(.shutdownAfterHandover, now: since)
            let released = machine.handle(
                .advertisementReceived(Fixture.advert(priority), source: Fixture.lowerPeer), now: since + .seconds(0.6))
            #expect(released.first == .handoverEnded(successor: Fixture.lowerPeer), "priority \(priority)")
            #expect(machine.state == .initialize)
        }
    }

    @Test func priorityZeroFromAnotherRouterAndOurOwnLoopedAdvertsChangeNothing() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        _ = machine.handle(.shutdownAfterHandover, now: since)
        #expect(machine.handle(.advertisementReceived(Fixture.advert(0), source: Fixture.peer), now: since).isEmpty)
        #expect(
            machine.handle(.advertisementReceived(Fixture.advert(0), source: Fixture.ours), now: since)
                == [.ignored(.ownAddress(priority: 0))])
        #expect(machine.state == .master && machine.handover != nil)
    }

    @Test func aStopDuringAMaintenanceHandoverKeepsItsDeadlineAndEndsInInit() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        _ = machine.handle(.maintenance(.enter(.makeBeforeBreak)), now: since)
        #expect(machine.handle(.shutdownAfterHandover, now: since + .seconds(2)).isEmpty)
        #expect(machine.handover == VRRPHandoverProgress(purpose: .shutdown, deadline: since + Self.bound))
        let released = machine.handle(
            .advertisementReceived(Fixture.advert(90), source: Fixture.peer), now: since + .seconds(2.5))
        #expect(released.contains(.transitioned(from: .master, to: .initialize, reason: .shutdown)))
        #expect(released.contains(.removeVirtualAddresses) && released.last == .notify(state: .stop, priority: 100))
    }

    @Test func aSecondStopRequestReleasesAtOnce() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        _ = machine.handle(.shutdownAfterHandover, now: since)
        let released = machine.handle(.shutdownAfterHandover, now: since + .seconds(0.2))
        #expect(released.first == .handoverEnded(successor: nil))
        #expect(released.contains(.removeVirtualAddresses) && machine.state == .initialize)
    }

    @Test func aBackupStopsAtOnce() {
        var machine = Fixture.started(Fixture.configuration())
        let actions = machine.handle(.shutdownAfterHandover, now: .seconds(1))
        #expect(
            actions == [
                .transitioned(from: .backup, to: .initialize, reason: .shutdown), .notify(state: .stop, priority: 100),
            ])
    }

    @Test func resumeBeforeTheSuccessorShowsCancelsTheHandover() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        _ = machine.handle(.maintenance(.enter(.makeBeforeBreak)), now: since)
        let resumed = machine.handle(.maintenance(.leave), now: since + .seconds(0.3))
        #expect(resumed == [.sendAdvertisement(priority: 100)])
        #expect(machine.state == .master && machine.handover == nil && !machine.inMaintenance)
        #expect(machine.nextDeadline == since + .seconds(1.3))
    }

    @Test func aFaultDuringTheHandoverReleasesAtOnce() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        _ = machine.handle(.maintenance(.enter(.makeBeforeBreak)), now: since)
        let condition = VRRPFaultCondition.configuration("test")
        let actions = machine.handle(.faultCondition(condition, active: true), now: since + .seconds(0.1))
        #expect(actions.contains(.removeVirtualAddresses))
        #expect(machine.state == .fault && machine.handover == nil)
    }

    @Test func aReloadDuringTheHandoverGoesOnAdvertisingPriorityZero() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        _ = machine.handle(.shutdownAfterHandover, now: since)
        let (reloaded, actions) = machine.reloaded(
            with: Fixture.configuration(priority: 120), syncGroup: nil, now: since + .seconds(0.5))
        #expect(actions.contains(.sendAdvertisement(priority: 0)))
        #expect(reloaded.handover == machine.handover)
    }
}
