import NetworkPrimitives
import Testing
import TestSupport
import VRRP

/// Make-before-break handover across a sync group (Docs/Handover.md): each member releases on its own
/// successor's advert; the first to release does not pull the others out of their handover.
@Suite struct VRRPRouterHandoverTests {
    static func masterGroup() -> VRRPRouter {
        var router = VRRPRouter(
            instances: [VRRPRouterTests.instance("VI_1", vrid: 1), VRRPRouterTests.instance("VI_2", vrid: 2)],
            syncGroups: [VRRPSyncGroupConfiguration(name: "G", members: ["VI_1", "VI_2"])])
        _ = router.handle(.start, now: .zero)
        for second in 1...10 { _ = router.handle(.deadlineReached, now: .zero + .seconds(second)) }
        return router
    }

    @Test func eachMemberReleasesWhenItsOwnSuccessorAdvertises() {
        var router = Self.masterGroup()
        #expect(router.state(of: "VI_1") == .master && router.state(of: "VI_2") == .master)
        let begun = router.handle(.maintenance(instance: "VI_1", .enter(.makeBeforeBreak)), now: .seconds(11))
        #expect(begun.contains(.instance("VI_1", .sendAdvertisement(priority: 0))))
        #expect(begun.contains(.instance("VI_2", .sendAdvertisement(priority: 0))))
        #expect(!begun.contains(.instance("VI_1", .removeVirtualAddresses)) && router.isHandingOver)
        let first = router.handle(VRRPRouterTests.packet(vrid: 1, priority: 100), now: .seconds(11.6))
        #expect(first.contains(.instance("VI_1", .removeVirtualAddresses)))
        #expect(!first.contains(.instance("VI_2", .removeVirtualAddresses)))
        #expect(router.state(of: "VI_1") == .backup && router.state(of: "VI_2") == .master && router.isHandingOver)
        let second = router.handle(VRRPRouterTests.packet(vrid: 2, priority: 100), now: .seconds(11.61))
        #expect(second.contains(.instance("VI_2", .removeVirtualAddresses)))
        #expect(router.state(of: "VI_2") == .backup && !router.isHandingOver)
    }

    @Test func aStopHandsEveryMasterOverAndEndsWhenTheLastSuccessorShows() {
        var router = Self.masterGroup()
        _ = router.handle(.shutdownAfterHandover, now: .seconds(11))
        #expect(router.isHandingOver)
        _ = router.handle(VRRPRouterTests.packet(vrid: 2, priority: 100), now: .seconds(11.6))
        #expect(router.state(of: "VI_2") == .initialize && router.state(of: "VI_1") == .master)
        _ = router.handle(.deadlineReached, now: .seconds(15))
        #expect(router.state(of: "VI_1") == .initialize && !router.isHandingOver)
    }
}
