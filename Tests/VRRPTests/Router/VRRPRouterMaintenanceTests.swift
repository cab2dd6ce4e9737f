import NetworkPrimitives
import Testing
import TestSupport
import VRRP

/// The router hands maintenance requests to the named instance; a sync group with a member in
/// maintenance stays BACKUP.
@Suite struct VRRPRouterMaintenanceTests {
    @Test func aRequestReachesOnlyTheNamedInstance() {
        var router = VRRPRouterTests.started([
            VRRPRouterTests.instance("VI_1", vrid: 1), VRRPRouterTests.instance("VI_2", vrid: 2),
        ])
        _ = router.handle(.maintenance(instance: "VI_2", .enter(.priorityZero)), now: .zero)
        #expect(router.machine(named: "VI_2")?.inMaintenance == true)
        #expect(router.machine(named: "VI_1")?.inMaintenance == false)
        _ = router.handle(.deadlineReached, now: .seconds(10))
        #expect(router.state(of: "VI_1") == .master)
        #expect(router.state(of: "VI_2") == .backup)
    }

    @Test func anUnknownInstanceIsIgnoredWithItsName() {
        var router = VRRPRouterTests.started([VRRPRouterTests.instance("VI_1", vrid: 1)])
        #expect(router.handle(.maintenance(instance: "nope", .leave), now: .zero) == [.ignored(.unknownInstance("nope"))])
    }

    @Test func maintenanceOfAMasterMemberHandsTheWholeSyncGroupOverEachWithPriorityZero() {
        var router = VRRPRouter(
            instances: [VRRPRouterTests.instance("VI_1", vrid: 1), VRRPRouterTests.instance("VI_2", vrid: 2)],
            syncGroups: [VRRPSyncGroupConfiguration(name: "G", members: ["VI_1", "VI_2"])])
        _ = router.handle(.start, now: .zero)
        for second in 1...10 { _ = router.handle(.deadlineReached, now: .zero + .seconds(second)) }
        #expect(router.state(of: "VI_1") == .master && router.state(of: "VI_2") == .master)
        let actions = router.handle(.maintenance(instance: "VI_1", .enter(.priorityZero)), now: .zero + .seconds(11))
        #expect(actions.contains(.instance("VI_1", .sendAdvertisement(priority: 0))))
        #expect(actions.contains(.instance("VI_2", .sendAdvertisement(priority: 0))))
        #expect(router.state(of: "VI_1") == .backup && router.state(of: "VI_2") == .backup)
        #expect(router.machine(named: "VI_2")?.inMaintenance == true)
    }

    @Test func aSyncGroupWithAMemberInMaintenanceStaysBackup() {
        var router = VRRPRouter(
            instances: [VRRPRouterTests.instance("VI_1", vrid: 1), VRRPRouterTests.instance("VI_2", vrid: 2)],
            syncGroups: [VRRPSyncGroupConfiguration(name: "G", members: ["VI_1", "VI_2"])])
        _ = router.handle(.start, now: .zero)
        _ = router.handle(.maintenance(instance: "VI_1", .enter(.priorityZero)), now: .zero)
        var now = MonotonicInstant.zero
        for _ in 0..<20 {
            now = now + .seconds(1)
            _ = router.handle(.deadlineReached, now: now)
        }
        #expect(router.state(of: "VI_1") == .backup)
        #expect(router.state(of: "VI_2") == .backup)
        _ = router.handle(.maintenance(instance: "VI_1", .leave), now: now)
        for _ in 0..<20 {
            now = now + .seconds(1)
            _ = router.handle(.deadlineReached, now: now)
        }
        #expect(router.state(of: "VI_1") == .master)
        #expect(router.state(of: "VI_2") == .master)
    }
}
