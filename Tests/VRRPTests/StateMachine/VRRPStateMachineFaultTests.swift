import NetworkPrimitives
import Testing
import TestSupport
import VRRP

@Suite struct VRRPStateMachineFaultTests {
    static let chk = VRRPTrackerBinding(.script("chk"), weight: 0)

    @Test func aMasterEnteringFaultSendsTwoPriorityZeroAdvertsAndDropsTheAddresses() {
        var machine = VRRPStateMachine(configuration: Fixture.configuration(trackers: [Self.chk]))
        _ = machine.handle(.trackerChanged(.script("chk"), .up), now: .zero)
        _ = machine.handle(.start, now: .zero)
        _ = machine.handle(.deadlineReached, now: machine.nextDeadline!)
        let actions = machine.handle(.trackerChanged(.script("chk"), .down), now: .seconds(5))
        #expect(
            actions == [
                .transitioned(from: .master, to: .fault, reason: .faulted([.tracker(.script("chk"))])),
                .sendAdvertisement(priority: 0), .sendAdvertisement(priority: 0), .removeVirtualAddresses,
                .notify(state: .fault, priority: 100),
            ])
        #expect(machine.nextDeadline == nil)
    }

    @Test func leavingFaultGoesThroughBackupWithAFullIntervalAndTheConfiguredAdvertInterval() {
        var machine = Fixture.started(Fixture.configuration(version: .v3, interval: .seconds(1)))
        _ = machine.handle(
            .advertisementReceived(Fixture.advert(200, version: .v3, interval: .seconds(2)), source: Fixture.peer),
            now: .seconds(1))
        _ = machine.handle(.trackerChanged(.interface("eth0"), .down), now: .seconds(2))
        let actions = machine.handle(.trackerChanged(.interface("eth0"), .up), now: .seconds(3))
        #expect(
            actions == [
                .transitioned(from: .fault, to: .backup, reason: .faultCleared), .notify(state: .backup, priority: 100),
            ])
        #expect(machine.masterAdvertisementInterval == .seconds(1))
        #expect(machine.nextDeadline == .seconds(3) + .microseconds(3_609_375))
    }

    @Test func anOwnerLeavingFaultWaitsOneIntervalPlusSkew() {
        var machine = Fixture.started(Fixture.configuration(priority: 255))
        _ = machine.handle(.trackerChanged(.interface("eth0"), .down), now: .seconds(1))
        _ = machine.handle(.trackerChanged(.interface("eth0"), .up), now: .seconds(2))
        #expect(machine.state == .backup)
        #expect(machine.nextDeadline == .seconds(3) + .microseconds(3_906))
    }

    @Test func aUnicastInstanceAnnouncesItsSourceAddressWhenLeavingFault() {
        var machine = Fixture.started(Fixture.configuration(unicastPeers: [VRRPUnicastPeer(address: Fixture.peer)]))
        _ = machine.handle(.trackerChanged(.interface("eth0"), .down), now: .seconds(1))
        let actions = machine.handle(.trackerChanged(.interface("eth0"), .up), now: .seconds(2))
        #expect(actions.contains(.announceSourceAddress))
    }

    @Test func aBackupEnteringFaultSendsNothing() {
        var machine = Fixture.started(Fixture.configuration())
        let actions = machine.handle(.trackerChanged(.interface("eth0"), .down), now: .seconds(1))
        #expect(
            actions == [
                .transitioned(from: .backup, to: .fault, reason: .faulted([.tracker(.interface("eth0"))])),
                .notify(state: .fault, priority: 100),
            ])
    }

    @Test func aWeightedFailureLowersPriorityWithoutFaulting() {
        var machine = Fixture.started(Fixture.configuration(trackers: [.init(.script("chk"), weight: -30)]))
        let actions = machine.handle(.trackerChanged(.script("chk"), .down), now: .seconds(1))
        #expect(actions == [.effectivePriorityChanged(from: 100, to: 70)])
        #expect(machine.state == .backup)
    }

    @Test func aMasterWhosePriorityDropsKeepsAdvertisingTheNewPriorityOnTheNextAdvert() {
        var (machine, since) = Fixture.master(Fixture.configuration(trackers: [.init(.script("chk"), weight: -30)]))
        #expect(
            machine.handle(.trackerChanged(.script("chk"), .down), now: since) == [
                .effectivePriorityChanged(from: 100, to: 70)
            ])
        #expect(machine.handle(.deadlineReached, now: since + .seconds(1)) == [.sendAdvertisement(priority: 70)])
    }

    @Test func unicastFaultNoPeerFaultsAnInstanceWithoutPeers() {
        var configuration = Fixture.configuration()
        configuration.unicastFaultNoPeer = true
        let machine = Fixture.started(configuration)
        #expect(machine.state == .fault)
    }

    @Test func anExternalFaultConditionFaultsAndClears() {
        var machine = Fixture.started(Fixture.configuration())
        _ = machine.handle(.faultCondition(.configuration("duplicate VRID"), active: true), now: .seconds(1))
        #expect(machine.state == .fault)
        _ = machine.handle(.faultCondition(.configuration("duplicate VRID"), active: false), now: .seconds(2))
        #expect(machine.state == .backup)
    }
}
