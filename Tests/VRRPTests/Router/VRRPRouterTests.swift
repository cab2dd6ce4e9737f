import NetworkPrimitives
import Testing
import TestSupport
import VRRP

@Suite struct VRRPRouterTests {
    static let peer = IPAddress("10.0.0.2")!
    static let group = IPAddress("224.0.0.18")!

    static func instance(
        _ name: String, vrid: UInt8, interface: InterfaceName = "eth0", priority: UInt8 = 100,
        version: VRRPVersion = .v2, trackers: [VRRPTrackerBinding] = []
    ) -> VRRPInstanceConfiguration {
        VRRPInstanceConfiguration(
            name: name, virtualRouterID: vrid, version: version, interface: interface, priority: priority,
            virtualAddresses: [IPPrefix("192.168.\(vrid).1/24")!], sourceAddress: IPAddress("10.0.0.1")!,
            trackers: trackers)
    }

    static func packet(vrid: UInt8, priority: UInt8, version: VRRPVersion = .v2, ttl: UInt8 = 255) -> VRRPRouter.Event {
        let advert = VRRPAdvertisement(
            version: version, virtualRouterID: vrid, priority: priority, advertisementInterval: .seconds(1),
            addresses: [IPAddress("192.168.\(vrid).1")!])
        let bytes = VRRPCodec.encode(
            advert, family: .inet, checksum: VRRPChecksumContext(source: peer, destination: group))
        return .packetReceived(
            bytes, metadata: VRRPReceiveMetadata(source: peer, destination: group, hopLimit: ttl), interface: "eth0")
    }

    static func started(_ instances: [VRRPInstanceConfiguration]) -> VRRPRouter {
        var router = VRRPRouter(instances: instances)
        _ = router.handle(.start, now: .zero)
        return router
    }

    @Test func aPacketReachesTheInstanceWithItsInterfaceFamilyAndVRID() {
        var router = Self.started([Self.instance("VI_1", vrid: 1), Self.instance("VI_2", vrid: 2)])
        let actions = router.handle(Self.packet(vrid: 2, priority: 200), now: .seconds(1))
        #expect(actions.isEmpty)
        #expect(router.machine(named: "VI_2")?.masterAddress == Self.peer)
        #expect(router.machine(named: "VI_1")?.masterAddress == nil)
    }

    @Test func aPacketForAnUnknownVRIDIsIgnoredWithItsReason() {
        var router = Self.started([Self.instance("VI_1", vrid: 1)])
        #expect(
            router.handle(Self.packet(vrid: 9, priority: 200), now: .seconds(1)) == [.ignored(.unknownVirtualRouter(9))]
        )
    }

    @Test func aTruncatedPacketIsIgnoredAsMalformed() {
        var router = Self.started([Self.instance("VI_1", vrid: 1)])
        let metadata = VRRPReceiveMetadata(source: Self.peer, destination: Self.group, hopLimit: 255)
        let actions = router.handle(.packetReceived([0x21], metadata: metadata, interface: "eth0"), now: .seconds(1))
        #expect(actions == [.ignored(.rejected(.malformed(.truncated(needed: 8, available: 1))))])
    }

    @Test func aMixedVersionMisconfigurationIsReportedAndDoesNotResetTheTimer() {
        var router = Self.started([Self.instance("VI_1", vrid: 1, version: .v2)])
        let before = router.nextDeadline
        let actions = router.handle(Self.packet(vrid: 1, priority: 200, version: .v3), now: .seconds(1))
        #expect(actions == [.instance("VI_1", .ignored(.rejected(.version(received: 3))))])
        #expect(router.nextDeadline == before)
    }

    @Test func aMulticastAdvertWithATTLBelow255IsRejected() {
        var router = Self.started([Self.instance("VI_1", vrid: 1)])
        let actions = router.handle(Self.packet(vrid: 1, priority: 200, ttl: 254), now: .seconds(1))
        #expect(actions == [.instance("VI_1", .ignored(.rejected(.ttl(received: 254))))])
    }

    @Test func theSameVRIDOnAnotherInterfaceIsAnotherInstance() {
        let router = VRRPRouter(instances: [
            Self.instance("A", vrid: 1), Self.instance("B", vrid: 1, interface: "eth1"),
        ])
        #expect(router.instanceName(for: .init(interface: "eth1", family: .inet, virtualRouterID: 1)) == "B")
        #expect(router.instanceName(for: .init(interface: "eth0", family: .inet, virtualRouterID: 1)) == "A")
        #expect(router.instanceName(for: .init(interface: "eth0", family: .inet6, virtualRouterID: 1)) == nil)
    }

    @Test func nextDeadlineIsTheEarliestOfAllInstancesAndAllDueOnesFire() {
        var router = Self.started([
            Self.instance("low", vrid: 1, priority: 50), Self.instance("high", vrid: 2, priority: 200),
        ])
        let high = router.machine(named: "high")!.nextDeadline!
        let low = router.machine(named: "low")!.nextDeadline!
        #expect(router.nextDeadline == min(high, low))
        let actions = router.handle(.deadlineReached, now: max(high, low))
        let masters = actions.compactMap { action -> String? in
            if case .instance(let name, .transitioned(_, .master, _)) = action { return name }
            return nil
        }
        #expect(masters == ["high", "low"])
    }

    @Test func spuriousDeadlinesDoNothing() {
        var router = Self.started([Self.instance("VI_1", vrid: 1)])
        let deadline = router.nextDeadline
        #expect(router.handle(.deadlineReached, now: .seconds(0.5)).isEmpty)
        #expect(router.nextDeadline == deadline)
    }

    @Test func aTrackerChangeReachesEveryInstanceTrackingIt() {
        let chk = VRRPTrackerBinding(.script("chk"), weight: -10)
        var router = Self.started([
            Self.instance("A", vrid: 1, trackers: [chk]), Self.instance("B", vrid: 2, trackers: [chk]),
            Self.instance("C", vrid: 3),
        ])
        let actions = router.handle(.trackerChanged(.script("chk"), .down), now: .seconds(1))
        #expect(
            actions == [
                .instance("A", .effectivePriorityChanged(from: 100, to: 90)),
                .instance("B", .effectivePriorityChanged(from: 100, to: 90)),
            ])
    }

    @Test func aLinkDownFaultsTheInstancesOnThatInterface() {
        var router = Self.started([Self.instance("A", vrid: 1), Self.instance("B", vrid: 2, interface: "eth1")])
        _ = router.handle(.interfaceChanged("eth1", isUp: false), now: .seconds(1))
        #expect(router.state(of: "A") == .backup)
        #expect(router.state(of: "B") == .fault)
    }

    @Test func shutdownStopsEveryInstance() {
        var router = Self.started([Self.instance("A", vrid: 1), Self.instance("B", vrid: 2)])
        let actions = router.handle(.shutdown, now: .seconds(1))
        #expect(actions.filter { if case .instance(_, .notify(.stop, _)) = $0 { true } else { false } }.count == 2)
        #expect(router.nextDeadline == nil)
    }
}
