import NetworkPrimitives
import Testing
import TestSupport
import VRRP

/// `vigil ctl maintenance|resume` in the state machine: a MASTER hands over as on a graceful stop,
/// and in maintenance the instance never becomes MASTER, whatever its timers or priority say.
@Suite struct VRRPStateMachineMaintenanceTests {
    @Test func aMasterInMaintenanceSendsPriorityZeroAndBecomesBackup() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        let actions = machine.handle(.maintenance(.enter(.priorityZero)), now: since)
        #expect(
            actions == [
                .sendAdvertisement(priority: 0),
                .transitioned(from: .master, to: .backup, reason: .maintenance),
                .removeVirtualAddresses, .notify(state: .backup, priority: 100),
            ])
        #expect(machine.state == .backup)
        #expect(machine.inMaintenance)
    }

    @Test func aBackupInMaintenanceNeverTakesOverWhenTheMasterGoesSilentOrStepsDown() {
        var machine = Fixture.started(Fixture.configuration(priority: 200))
        #expect(machine.handle(.maintenance(.enter(.priorityZero)), now: .zero).isEmpty)
        // The master steps down: a backup would take over after Skew_Time.
        #expect(machine.handle(.advertisementReceived(Fixture.advert(0), source: Fixture.peer), now: .zero).isEmpty)
        var now = MonotonicInstant.zero
        for _ in 0..<10 {
            now = now + .seconds(5)
            #expect(machine.handle(.deadlineReached, now: now).isEmpty)
        }
        #expect(machine.state == .backup)
        #expect(machine.nextDeadline == nil)
    }

    @Test func aHigherPriorityBackupInMaintenanceDoesNotPreemptALowerMaster() {
        var machine = Fixture.started(Fixture.configuration(priority: 200))
        _ = machine.handle(.maintenance(.enter(.priorityZero)), now: .zero)
        let heard = machine.handle(.advertisementReceived(Fixture.advert(50), source: Fixture.peer), now: .seconds(1))
        #expect(heard.isEmpty, "a lower priority is followed, not discarded, in maintenance")
        #expect(machine.masterPriority == 50)
        _ = machine.handle(.deadlineReached, now: .seconds(10))
        #expect(machine.state == .backup)
    }

    @Test func resumeRestartsTheMasterDownTimerAndTheInstanceCompetesAgain() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        _ = machine.handle(.maintenance(.enter(.priorityZero)), now: since)
        _ = machine.handle(.deadlineReached, now: since + .seconds(10))
        #expect(machine.nextDeadline == nil)
        let resumedAt = since + .seconds(11)
        #expect(machine.handle(.maintenance(.leave), now: resumedAt).isEmpty)
        #expect(!machine.inMaintenance)
        #expect(machine.nextDeadline == resumedAt + machine.masterDownInterval)
        let actions = machine.handle(.deadlineReached, now: resumedAt + machine.masterDownInterval)
        #expect(actions.first == .transitioned(from: .backup, to: .master, reason: .masterDownTimerExpired))
    }

    @Test func repeatedRequestsChangeNothing() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        #expect(machine.handle(.maintenance(.leave), now: since) == [.ignored(.notApplicable(.master))])
        _ = machine.handle(.maintenance(.enter(.priorityZero)), now: since)
        #expect(machine.handle(.maintenance(.enter(.priorityZero)), now: since) == [.ignored(.notApplicable(.backup))])
    }

    @Test func maintenanceOutlastsAFaultAndAReload() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        _ = machine.handle(.maintenance(.enter(.priorityZero)), now: since)
        _ = machine.handle(.faultCondition(.noUnicastPeers, active: true), now: since)
        #expect(machine.state == .fault)
        _ = machine.handle(.faultCondition(.noUnicastPeers, active: false), now: since)
        #expect(machine.state == .backup && machine.inMaintenance)
        let (reloaded, _) = machine.reloaded(with: Fixture.configuration(), syncGroup: nil, now: since)
        #expect(reloaded.inMaintenance)
        var after = reloaded
        _ = after.handle(.deadlineReached, now: since + .seconds(30))
        #expect(after.state == .backup)
    }
}
