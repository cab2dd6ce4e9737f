import NetworkPrimitives
import TestSupport
import VRRP

/// Builders for the simulated-LAN scenarios: node N sits at 10.0.0.N; instance VI_1 is VRID 51 with
/// VIP 192.168.1.100/24 on eth0 unless told otherwise.
enum SimulationFixture {
    static let delay = Duration.milliseconds(1)

    static func instance(
        _ name: String = "VI_1", vrid: UInt8 = 51, priority: UInt8, version: VRRPVersion = .v2,
        interval: Duration = .seconds(1), interface: InterfaceName = "eth0", initialState: VRRPInitialState? = nil,
        preempt: Bool = true, preemptDelay: Duration = .zero, trackers: [VRRPTrackerBinding] = []
    ) -> VRRPInstanceConfiguration {
        VRRPInstanceConfiguration(
            name: name, virtualRouterID: vrid, version: version, interface: interface, priority: priority,
            advertisementInterval: interval, initialState: initialState, preempt: preempt, preemptDelay: preemptDelay,
            virtualAddresses: [IPPrefix("192.168.\(vrid).100/24")!], trackers: trackers)
    }

    static func node(
        _ name: String, _ number: UInt8, _ instances: [VRRPInstanceConfiguration],
        syncGroups: [VRRPSyncGroupConfiguration] = []
    ) -> SimulatedNode {
        SimulatedNode(
            name: name, address: .v4(IPv4Address(10, 0, 0, number)), instances: instances, syncGroups: syncGroups)
    }

    /// Two nodes A (10.0.0.1) and B (10.0.0.2) running VI_1 at the given priorities.
    static func pair(_ a: VRRPInstanceConfiguration, _ b: VRRPInstanceConfiguration, seed: UInt64 = 1) -> SimulatedLAN {
        SimulatedLAN(nodes: [node("A", 1, [a]), node("B", 2, [b])], seed: seed, delay: delay...delay)
    }

    static func masterDownInterval(priority: UInt8, version: VRRPVersion = .v2, interval: Duration = .seconds(1))
        -> Duration
    {
        VRRPTiming.masterDownInterval(
            priority: priority, version: version, masterAdvertisementInterval: interval, downTimerAdverts: 3)
    }

    static func skew(priority: UInt8, version: VRRPVersion = .v2, interval: Duration = .seconds(1)) -> Duration {
        VRRPTiming.skewTime(priority: priority, version: version, masterAdvertisementInterval: interval)
    }
}
