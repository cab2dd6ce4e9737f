import NetworkPrimitives
import Testing

@testable import VRRP

@Suite struct AdvertisementValidatorObservationTests {
    typealias S = ValidationScenario

    @Test func aDifferentVIPCountIsObservedButAccepted() {
        let other = IPAddress.v4(IPv4Address(10, 99, 0, 101))
        let scenario = S.multicast(.v2).with { $0.advertisement.addresses = [S.vip, other] }
        let accepted = scenario.validate().accepted
        #expect(accepted?.observations == [.addressListMismatch(expected: [S.vip], received: [S.vip, other])])
        #expect(accepted?.observations.first?.counterName == "addr_list_err")
    }

    @Test func differentVIPContentIsObservedOnlyWhenComparing() {
        let other = IPAddress.v4(IPv4Address(10, 99, 0, 101))
        let scenario = S.multicast(.v3).with { $0.advertisement.addresses = [other] }
        #expect(
            scenario.validate().accepted?.observations == [.addressListMismatch(expected: [S.vip], received: [other])])
        let skipping = scenario.with { $0.policy.comparesAddresses = false }
        #expect(skipping.validate().accepted?.observations == [])
    }

    @Test func theVIPOrderDoesNotMatter() {
        let other = IPAddress.v4(IPv4Address(10, 99, 0, 101))
        let scenario = S.multicast(.v3).with {
            $0.advertisement.addresses = [other, S.vip]
            $0.policy.addresses = [S.vip, other]
        }
        #expect(scenario.validate().accepted?.observations == [])
    }

    @Test func aV3IntervalMismatchIsOnlyObserved() {
        let scenario = S.multicast(.v3).with { $0.advertisement.advertisementInterval = .milliseconds(100) }
        let accepted = scenario.validate().accepted
        #expect(accepted?.observations == [.intervalMismatchV3(received: .milliseconds(100), configured: .seconds(1))])
        #expect(accepted?.advertisement.advertisementInterval == .milliseconds(100))
    }

    @Test func unicastAdvertsAreNotTTLChecked() {
        let scenario = S.unicast().with { $0.metadata.hopLimit = 1 }
        #expect(scenario.validate().accepted != nil)
    }

    @Test func anUnreportedTTLIsNotChecked() {
        #expect(S.multicast(.v3).with { $0.metadata.hopLimit = nil }.validate().accepted != nil)
    }

    @Test func withoutCheckUnicastSrcAnySenderIsAccepted() {
        let scenario = S.unicast().with { $0.policy.transport = .unicast(peers: [], checksSource: false) }
        #expect(scenario.validate().accepted != nil)
    }

    @Test(arguments: [(14, true), (10, true), (6, true), (4, false), (16, false)])
    func ethernetPaddingIsTolerated(padding: Int, accepted: Bool) {
        // A 32-byte v3/IPv4 datagram padded up to a 60-byte frame (10 bytes with a VLAN tag).
        let scenario = S.multicast(.v3).with { $0.extraBytes = padding }
        #expect((scenario.validate().accepted != nil) == accepted)
        if accepted { #expect(scenario.validate().accepted?.advertisement == scenario.advertisement) }
    }

    @Test func anOwnerWithoutOwnerIgnoreAdvertsStillListens() {
        #expect(S.multicast(.v3).with { $0.policy.priority = 255 }.validate().accepted != nil)
    }
}
