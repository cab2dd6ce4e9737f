import NetworkPrimitives
import Testing
import TestSupport
import VRRP

@Suite struct VRRPStateMachineStartTests {
    @Test func anOwnerWantingMasterBecomesMasterAtOnceAdvertisingBeforeAddingAddresses() {
        var machine = VRRPStateMachine(configuration: Fixture.configuration(priority: 255))
        let actions = machine.handle(.start, now: .zero)
        #expect(
            actions == [
                .removeVirtualAddresses,
                .transitioned(from: .initialize, to: .master, reason: .addressOwnerStartup),
                .sendAdvertisement(priority: 255), .addVirtualAddresses, .sendGratuitousARPs(count: 5),
                .notify(state: .master, priority: 255),
            ])
        #expect(machine.state == .master)
        #expect(machine.nextDeadline == .seconds(1))
    }

    @Test func stateMasterBelowPriority255StartsInBackupWithAFullMasterDownInterval() {
        var machine = VRRPStateMachine(configuration: Fixture.configuration(priority: 100, initialState: .master))
        let actions = machine.handle(.start, now: .zero)
        #expect(actions.contains(.transitioned(from: .initialize, to: .backup, reason: .startup)))
        #expect(machine.state == .backup)
        #expect(machine.nextDeadline == .zero + .microseconds(3_609_375))
    }

    @Test func anOwnerConfiguredAsBackupWaitsLikeAnyBackup() {
        var machine = VRRPStateMachine(configuration: Fixture.configuration(priority: 255, initialState: .backup))
        _ = machine.handle(.start, now: .zero)
        #expect(machine.state == .backup)
    }

    @Test func anOwnerWithAScriptStillPendingStartsInBackup() {
        let configuration = Fixture.configuration(priority: 255, trackers: [.init(.script("chk"))])
        var machine = VRRPStateMachine(configuration: configuration)
        _ = machine.handle(.start, now: .zero)
        #expect(machine.state == .backup)
    }

    @Test func aFaultAtStartGoesStraightToFault() {
        var machine = VRRPStateMachine(configuration: Fixture.configuration(trackers: [.init(.interface("eth1"))]))
        _ = machine.handle(.trackerChanged(.interface("eth1"), .down), now: .zero)
        let actions = machine.handle(.start, now: .zero)
        #expect(
            actions.contains(
                .transitioned(from: .initialize, to: .fault, reason: .faulted([.tracker(.interface("eth1"))]))))
        #expect(machine.state == .fault)
        #expect(machine.nextDeadline == nil)
    }

    @Test func theInstancesOwnInterfaceIsTrackedUnlessDontTrackPrimary() {
        var tracked = VRRPStateMachine(configuration: Fixture.configuration())
        _ = tracked.handle(.trackerChanged(.interface("eth0"), .down), now: .zero)
        _ = tracked.handle(.start, now: .zero)
        #expect(tracked.state == .fault)

        var configuration = Fixture.configuration()
        configuration.tracksPrimaryInterface = false
        var untracked = VRRPStateMachine(configuration: configuration)
        _ = untracked.handle(.trackerChanged(.interface("eth0"), .down), now: .zero)
        _ = untracked.handle(.start, now: .zero)
        #expect(untracked.state == .backup)
    }

    @Test func masterDownTimerExpiryMakesMasterWithAdvertThenAddressesThenGARPs() {
        var machine = Fixture.started(Fixture.configuration())
        let actions = machine.handle(.deadlineReached, now: .zero + .microseconds(3_609_375))
        #expect(
            actions == [
                .transitioned(from: .backup, to: .master, reason: .masterDownTimerExpired),
                .sendAdvertisement(priority: 100), .addVirtualAddresses, .sendGratuitousARPs(count: 5),
                .notify(state: .master, priority: 100),
            ])
    }

    @Test func theEnteringLineMatchesKeepalivedsWording() {
        #expect(
            VRRPTransitionReason.enteringLine(instance: "VI_1", state: .master, reason: .masterDownTimerExpired)
                == "(VI_1) Entering MASTER STATE")
        #expect(
            VRRPTransitionReason.enteringLine(instance: "VI_1", state: .backup, reason: .startup)
                == "(VI_1) Entering BACKUP STATE (init)")
        #expect(
            VRRPTransitionReason.enteringLine(instance: "VI_1", state: .fault, reason: .faulted([]))
                == "(VI_1) Entering FAULT STATE")
    }

    @Test func startingTwiceIsIgnored() {
        var machine = Fixture.started(Fixture.configuration())
        #expect(machine.handle(.start, now: .seconds(1)) == [.ignored(.notApplicable(.backup))])
    }
}
