import NetworkPrimitives
import Testing
import TestSupport
import VRRP

@Suite struct VRRPStateMachineMasterTests {
    @Test func aMasterAdvertisesAtItsConfiguredInterval() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        #expect(machine.nextDeadline == since + .seconds(1))
        #expect(machine.handle(.deadlineReached, now: since + .seconds(1)) == [.sendAdvertisement(priority: 100)])
        #expect(machine.nextDeadline == since + .seconds(2))
    }

    @Test func aHigherPriorityMakesTheMasterYieldWithoutAPriorityZeroAdvert() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        let actions = machine.handle(.advertisementReceived(Fixture.advert(150), source: Fixture.peer), now: since)
        #expect(
            actions == [
                .transitioned(
                    from: .master, to: .backup,
                    reason: .higherPriorityAdvertisement(source: Fixture.peer, priority: 150, ours: 100)),
                .removeVirtualAddresses, .notify(state: .backup, priority: 100),
            ])
        #expect(machine.nextDeadline == since + machine.masterDownInterval)
    }

    @Test func higherPrioSendAdvertSendsOneAdvertBeforeYielding() {
        var (machine, since) = Fixture.master(Fixture.configuration(higherPrioritySendAdvert: true))
        let actions = machine.handle(.advertisementReceived(Fixture.advert(150), source: Fixture.peer), now: since)
        #expect(actions.first == .sendAdvertisement(priority: 100))
    }

    @Test func anEqualPriorityFromAHigherAddressWins() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        let actions = machine.handle(.advertisementReceived(Fixture.advert(100), source: Fixture.peer), now: since)
        #expect(
            actions.first
                == .transitioned(
                    from: .master, to: .backup, reason: .equalPriorityHigherAddress(source: Fixture.peer, priority: 100)
                ))
        #expect(machine.state == .backup)
    }

    @Test(
        "A lower priority, or an equal one from a lower address, is answered with an advert and GARPs",
        arguments: [(99, Fixture.peer), (100, Fixture.lowerPeer)] as [(UInt8, IPAddress)])
    func lowerPriorityIsAnswered(priority: UInt8, source: IPAddress) {
        var (machine, since) = Fixture.master(Fixture.configuration())
        let now = since + .milliseconds(300)
        let actions = machine.handle(.advertisementReceived(Fixture.advert(priority), source: source), now: now)
        #expect(
            actions == [
                .sendAdvertisement(priority: 100), .sendGratuitousARPs(count: 5),
                .receivedLowerPriority(source: source, priority: priority),
            ])
        #expect(machine.state == .master)
        #expect(machine.nextDeadline == now + .seconds(1))
        #expect(machine.handle(.deadlineReached, now: now + .seconds(1)).contains(.sendAdvertisement(priority: 100)))
    }

    @Test func lowerPrioNoAdvertKeepsQuietButStillSendsGARPs() {
        var (machine, since) = Fixture.master(Fixture.configuration(lowerPriorityNoAdvert: true))
        let actions = machine.handle(.advertisementReceived(Fixture.advert(50), source: Fixture.peer), now: since)
        #expect(actions == [.sendGratuitousARPs(count: 5), .receivedLowerPriority(source: Fixture.peer, priority: 50)])
    }

    @Test func priorityZeroInMasterIsAnsweredWithAnAdvert() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        let actions = machine.handle(.advertisementReceived(Fixture.advert(0), source: Fixture.peer), now: since)
        #expect(actions == [.sendAdvertisement(priority: 100)])
        #expect(machine.state == .master)
    }

    @Test func ourOwnAdvertLoopedBackChangesNothing() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        let actions = machine.handle(.advertisementReceived(Fixture.advert(100), source: Fixture.ours), now: since)
        #expect(actions == [.ignored(.ownAddress(priority: 100))])
        #expect(machine.state == .master)
    }

    @Test func garpsGoOutNowThenAfterTheDelayThenEveryRefresh() {
        let settings = GratuitousARPSettings(
            masterDelay: .seconds(5), masterRepeat: 3, masterRefresh: .seconds(60), masterRefreshRepeat: 2)
        var (machine, since) = Fixture.master(Fixture.configuration(interval: .seconds(100), gratuitousARP: settings))
        #expect(machine.nextDeadline == since + .seconds(5))
        #expect(machine.handle(.deadlineReached, now: since + .seconds(5)) == [.sendGratuitousARPs(count: 3)])
        #expect(machine.nextDeadline == since + .seconds(60))
        #expect(machine.handle(.deadlineReached, now: since + .seconds(60)) == [.sendGratuitousARPs(count: 2)])
        #expect(machine.nextDeadline == since + .seconds(100))
    }

    @Test func aSecondLowerPriorityBatchFollowsAfterTheLowerPriorityDelay() {
        var (machine, since) = Fixture.master(Fixture.configuration(interval: .seconds(30)))
        _ = machine.handle(.deadlineReached, now: since + .seconds(5))
        _ = machine.handle(.advertisementReceived(Fixture.advert(50), source: Fixture.peer), now: since + .seconds(6))
        #expect(machine.nextDeadline == since + .seconds(11))
        #expect(machine.handle(.deadlineReached, now: since + .seconds(11)) == [.sendGratuitousARPs(count: 5)])
    }

    @Test func spuriousDeadlineCallsChangeNothing() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        let deadline = machine.nextDeadline
        #expect(machine.handle(.deadlineReached, now: since + .milliseconds(10)).isEmpty)
        #expect(machine.handle(.deadlineReached, now: since).isEmpty)
        #expect(machine.nextDeadline == deadline)
        #expect(machine.state == .master)

        var backup = Fixture.started(Fixture.configuration())
        #expect(backup.handle(.deadlineReached, now: .seconds(1)).isEmpty)
        #expect(backup.state == .backup)
    }

    @Test func aLateWakeUpStillFiresAndReschedulesFromNow() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        #expect(machine.handle(.deadlineReached, now: since + .seconds(3.5)) == [.sendAdvertisement(priority: 100)])
        #expect(machine.nextDeadline == since + .seconds(4.5))
    }

    @Test func shutdownOfAMasterSendsOnePriorityZeroAdvertAndDropsTheAddresses() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        let actions = machine.handle(.shutdown, now: since)
        #expect(
            actions == [
                .transitioned(from: .master, to: .initialize, reason: .shutdown), .sendAdvertisement(priority: 0),
                .removeVirtualAddresses, .notify(state: .stop, priority: 100),
            ])
        #expect(machine.nextDeadline == nil)
    }

    @Test func shutdownOfABackupSendsNothing() {
        var machine = Fixture.started(Fixture.configuration())
        let actions = machine.handle(.shutdown, now: .seconds(1))
        #expect(!actions.contains { if case .sendAdvertisement = $0 { true } else { false } })
    }

    @Test func anExternallyDeletedVirtualAddressDemotesTheMaster() {
        var (machine, since) = Fixture.master(Fixture.configuration())
        let actions = machine.handle(.virtualAddressRemoved(Fixture.vip.address), now: since)
        #expect(
            actions.first
                == .transitioned(from: .master, to: .backup, reason: .virtualAddressRemoved(Fixture.vip.address)))
        #expect(machine.state == .backup)
        #expect(machine.handle(.virtualAddressRemoved(IPAddress("192.0.2.1")!), now: since).isEmpty)
    }

    @Test func aNoTrackVirtualAddressMayBeDeleted() {
        var configuration = Fixture.configuration()
        configuration.untrackedVirtualAddresses = [Fixture.vip.address]
        var (machine, since) = Fixture.master(configuration)
        #expect(machine.handle(.virtualAddressRemoved(Fixture.vip.address), now: since).isEmpty)
        #expect(machine.state == .master)
    }
}
