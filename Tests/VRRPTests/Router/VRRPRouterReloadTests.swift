import NetworkPrimitives
import Testing
import TestSupport
import VRRP

@Suite struct VRRPRouterReloadTests {
    static func instance(_ name: String, vrid: UInt8, priority: UInt8 = 100, vips: [String] = ["192.168.1.1/24"])
        -> VRRPInstanceConfiguration
    {
        VRRPInstanceConfiguration(
            name: name, virtualRouterID: vrid, priority: priority, virtualAddresses: vips.map { IPPrefix($0)! },
            sourceAddress: IPAddress("10.0.0.1")!)
    }

    /// A router whose VI_1 (VRID 1) is MASTER at 10 s.
    static func masterRouter() -> VRRPRouter {
        var router = VRRPRouter(instances: [
            Self.instance("VI_1", vrid: 1), Self.instance("VI_2", vrid: 2, priority: 50),
        ])
        _ = router.handle(.start, now: .zero)
        _ = router.handle(.deadlineReached, now: router.machine(named: "VI_1")!.nextDeadline!)
        return router
    }

    @Test func theSameInstanceUnderANewNameStaysMasterAndAdvertisesAtOnce() {
        var router = Self.masterRouter()
        let actions = router.reload(
            instances: [Self.instance("web", vrid: 1, vips: ["192.168.1.1/24", "192.168.1.2/24"])], now: .seconds(10))
        #expect(router.state(of: "web") == .master)
        #expect(
            actions.prefix(2) == [
                .instance("web", .sendAdvertisement(priority: 100)), .instance("web", .addVirtualAddresses),
            ])
        #expect(router.machine(named: "web")?.configuration.virtualAddresses.count == 2)
        let next = router.handle(.deadlineReached, now: .seconds(11))
        #expect(next.contains(.instance("web", .sendAdvertisement(priority: 100))))
    }

    @Test func aRemovedInstanceStepsDownWithPriorityZero() {
        var router = Self.masterRouter()
        let actions = router.reload(instances: [Self.instance("VI_2", vrid: 2, priority: 50)], now: .seconds(10))
        #expect(actions.contains(.instance("VI_1", .sendAdvertisement(priority: 0))))
        #expect(actions.contains(.instance("VI_1", .removeVirtualAddresses)))
        #expect(actions.contains(.instance("VI_1", .notify(state: .deleted, priority: 100))))
        #expect(router.state(of: "VI_1") == nil)
    }

    @Test func aChangedVRIDIsANewInstanceThatStartsInBackup() {
        var router = Self.masterRouter()
        let actions = router.reload(
            instances: [Self.instance("VI_1", vrid: 3), Self.instance("VI_2", vrid: 2, priority: 50)], now: .seconds(10)
        )
        #expect(router.state(of: "VI_1") == .backup)
        #expect(actions.contains(.instance("VI_1", .transitioned(from: .initialize, to: .backup, reason: .startup))))
        #expect(actions.contains(.instance("VI_1", .sendAdvertisement(priority: 0))))
    }

    @Test func aBackupKeepsItsRunningTimerAndAPriorityChangeIsReported() {
        var router = Self.masterRouter()
        let before = router.machine(named: "VI_2")!.nextDeadline
        let actions = router.reload(
            instances: [Self.instance("VI_1", vrid: 1), Self.instance("VI_2", vrid: 2, priority: 60)], now: .seconds(10)
        )
        #expect(router.machine(named: "VI_2")!.nextDeadline == before)
        #expect(actions.contains(.instance("VI_2", .effectivePriorityChanged(from: 50, to: 60))))
        #expect(router.state(of: "VI_1") == .master)
    }
}
