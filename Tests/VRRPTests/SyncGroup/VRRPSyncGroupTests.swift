import NetworkPrimitives
import Testing
import TestSupport
import VRRP

@Suite struct VRRPSyncGroupTests {
    static let peer = IPAddress("10.0.0.2")!

    static func instance(
        _ name: String, vrid: UInt8, interface: InterfaceName = "eth0",
        trackers: [VRRPTrackerBinding] = []
    ) -> VRRPInstanceConfiguration {
        VRRPInstanceConfiguration(
            name: name, virtualRouterID: vrid, interface: interface, priority: 100,
            virtualAddresses: [IPPrefix("192.168.\(vrid).1/24")!], sourceAddress: IPAddress("10.0.0.1")!,
            trackers: trackers)
    }

    static func router(trackingWeight: Bool = false, trackers: [VRRPTrackerBinding] = []) -> VRRPRouter {
        VRRPRouter(
            instances: [
                Self.instance("VI_1", vrid: 1, trackers: trackers), Self.instance("VI_2", vrid: 2, interface: "eth1"),
            ],
            syncGroups: [
                VRRPSyncGroupConfiguration(name: "G1", members: ["VI_1", "VI_2"], trackingWeight: trackingWeight)
            ])
    }

    static func advert(vrid: UInt8, priority: UInt8) -> VRRPAdvertisement {
        VRRPAdvertisement(
            version: .v2, virtualRouterID: vrid, priority: priority, advertisementInterval: .seconds(1),
            addresses: [IPAddress("192.168.\(vrid).1")!])
    }

    /// Runs the router's deadlines until `until`, returning every action.
    static func run(_ router: inout VRRPRouter, until end: MonotonicInstant) -> [VRRPRouter.Action] {
        var actions: [VRRPRouter.Action] = []
        while let next = router.nextDeadline, next <= end { actions += router.handle(.deadlineReached, now: next) }
        return actions
    }

    @Test func membersBecomeMasterTogetherOnlyWhenEveryMemberWantsTo() {
        var router = Self.router()
        let start = router.handle(.start, now: .zero)
        #expect(start.contains(.syncGroup("G1", .notify(state: .backup))))
        // VI_2 keeps hearing a master, so VI_1's expiry alone must not make anyone MASTER.
        var now = MonotonicInstant.zero
        for _ in 0..<8 {
            now = now + .seconds(1)
            _ = router.handle(
                .advertisementReceived(Self.advert(vrid: 2, priority: 150), source: Self.peer, interface: "eth1"),
                now: now)
            _ = Self.run(&router, until: now)
        }
        #expect(router.state(of: "VI_1") == .backup)
        #expect(router.machine(named: "VI_1")?.wantsMaster == true)
        let actions = Self.run(&router, until: now + .seconds(5))
        #expect(router.state(of: "VI_1") == .master)
        #expect(router.state(of: "VI_2") == .master)
        #expect(actions.contains(.syncGroup("G1", .notify(state: .master))))
        #expect(
            actions.contains(.instance("VI_1", .transitioned(from: .backup, to: .master, reason: .syncGroup("G1")))))
    }

    @Test func oneMemberFaultFaultsTheGroupAndMastersSendPriorityZero() {
        var router = Self.router()
        _ = router.handle(.start, now: .zero)
        _ = Self.run(&router, until: .seconds(10))
        #expect(router.syncGroupState(of: "G1") == .master)
        let actions = router.handle(.interfaceChanged("eth0", isUp: false), now: .seconds(11))
        #expect(router.state(of: "VI_1") == .fault)
        #expect(router.state(of: "VI_2") == .fault)
        #expect(actions.filter { $0 == .instance("VI_2", .sendAdvertisement(priority: 0)) }.count == 2)
        #expect(
            actions.contains(
                .instance("VI_2", .transitioned(from: .master, to: .fault, reason: .faulted([.syncGroup("G1")])))))
        #expect(actions.contains(.syncGroup("G1", .notify(state: .fault))))

        let recovery = router.handle(.interfaceChanged("eth0", isUp: true), now: .seconds(12))
        #expect(router.state(of: "VI_1") == .backup)
        #expect(router.state(of: "VI_2") == .backup)
        #expect(recovery.contains(.syncGroup("G1", .notify(state: .backup))))
    }

    @Test func oneMemberYieldingToAHigherPriorityTakesTheOthersToBackup() {
        var router = Self.router()
        _ = router.handle(.start, now: .zero)
        _ = Self.run(&router, until: .seconds(10))
        let actions = router.handle(
            .advertisementReceived(Self.advert(vrid: 2, priority: 200), source: Self.peer, interface: "eth1"),
            now: .seconds(11))
        #expect(router.state(of: "VI_1") == .backup)
        #expect(
            actions.contains(.instance("VI_1", .transitioned(from: .master, to: .backup, reason: .syncGroup("G1")))))
    }

    @Test func weightedTrackersOnMembersAreDroppedWithAnObservation() {
        var router = Self.router(trackers: [.init(.script("chk"), weight: -50)])
        let actions = router.handle(.start, now: .zero)
        #expect(actions.first == .syncGroup("G1", .trackerWeightIgnored(instance: "VI_1", tracker: .script("chk"))))
        #expect(router.handle(.trackerChanged(.script("chk"), .down), now: .seconds(1)).isEmpty)
    }

    @Test func syncGroupTrackingWeightKeepsThem() {
        var router = Self.router(trackingWeight: true, trackers: [.init(.script("chk"), weight: -50)])
        _ = router.handle(.start, now: .zero)
        #expect(
            router.handle(.trackerChanged(.script("chk"), .down), now: .seconds(1))
                == [.instance("VI_1", .effectivePriorityChanged(from: 100, to: 50))])
    }

    @Test func aLowerPriorityHeardByOneMasterMemberMakesEveryMemberSendGARPs() {
        var router = Self.router()
        _ = router.handle(.start, now: .zero)
        _ = Self.run(&router, until: .seconds(10))
        let actions = router.handle(
            .advertisementReceived(Self.advert(vrid: 1, priority: 50), source: Self.peer, interface: "eth0"),
            now: .seconds(11))
        #expect(actions.contains(.instance("VI_1", .sendGratuitousARPs(count: 5))))
        #expect(actions.contains(.instance("VI_2", .sendGratuitousARPs(count: 5))))
    }
}
