import NetworkPrimitives
import TestSupport
import VRRP

/// Shared values for the state-machine tests: our router is 10.0.0.1, the peer 10.0.0.2.
enum Fixture {
    static let ours = IPAddress("10.0.0.1")!
    static let peer = IPAddress("10.0.0.2")!
    static let lowerPeer = IPAddress("10.0.0.0")!
    static let vip = IPPrefix("192.168.1.100/24")!

    static func configuration(
        priority: UInt8 = 100, version: VRRPVersion = .v2, interval: Duration = .seconds(1),
        initialState: VRRPInitialState? = nil, preempt: Bool = true, preemptDelay: Duration = .zero,
        trackers: [VRRPTrackerBinding] = [], unicastPeers: [VRRPUnicastPeer] = [],
        gratuitousARP: GratuitousARPSettings = .keepalivedDefault, lowerPriorityNoAdvert: Bool = false,
        higherPrioritySendAdvert: Bool = false
    ) -> VRRPInstanceConfiguration {
        VRRPInstanceConfiguration(
            name: "VI_1", virtualRouterID: 51, version: version, priority: priority, advertisementInterval: interval,
            initialState: initialState, preempt: preempt, preemptDelay: preemptDelay, virtualAddresses: [vip],
            sourceAddress: ours, unicastPeers: unicastPeers, gratuitousARP: gratuitousARP,
            lowerPriorityNoAdvert: lowerPriorityNoAdvert, higherPrioritySendAdvert: higherPrioritySendAdvert,
            trackers: trackers)
    }

    static func advert(
        _ priority: UInt8, version: VRRPVersion = .v2, interval: Duration = .seconds(1)
    ) -> VRRPAdvertisement {
        VRRPAdvertisement(
            version: version, virtualRouterID: 51, priority: priority, advertisementInterval: interval,
            addresses: [vip.address])
    }

    /// A machine started at t = 0.
    static func started(_ configuration: VRRPInstanceConfiguration) -> VRRPStateMachine {
        var machine = VRRPStateMachine(configuration: configuration)
        _ = machine.handle(.start, now: .zero)
        return machine
    }

    /// A machine that became MASTER by timer expiry, returned with the instant it did.
    static func master(_ configuration: VRRPInstanceConfiguration) -> (VRRPStateMachine, MonotonicInstant) {
        var machine = started(configuration)
        let when = machine.nextDeadline!
        _ = machine.handle(.deadlineReached, now: when)
        return (machine, when)
    }
}
