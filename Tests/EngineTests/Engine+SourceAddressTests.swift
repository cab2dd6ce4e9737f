import Engine
import NetworkPrimitives
import Testing
import VRRP

/// `track_src_ip`: an instance whose tracked source address is missing is in FAULT, at start and later.
@Suite struct EngineSourceAddressTests {
    typealias F = EngineFixture
    static let source = IPAddress("10.99.0.20") ?? .v4(IPv4Address(0))

    static func engine(present: Bool) -> VRRPEngine {
        let instance = F.instance(priority: 100, trackers: [VRRPTrackerBinding(.sourceAddress("\(source)"))])
        return VRRPEngine(
            configuration: EngineConfiguration(instances: [instance]), linkStates: ["eth0": true], fileValues: [:],
            sourceAddresses: [source: present])
    }

    @Test func aMissingSourceFaultsTheInstanceAndItsReturnLiftsTheFault() {
        var missing = Self.engine(present: false)
        _ = missing.start(now: .zero)
        #expect(missing.router.machine(named: "VI_1")?.state == .fault)
        _ = missing.handle(.sourceAddressChanged(Self.source, isPresent: true), now: .zero + .milliseconds(10))
        #expect(missing.router.machine(named: "VI_1")?.state == .backup)

        var present = Self.engine(present: true)
        _ = present.start(now: .zero)
        #expect(present.router.machine(named: "VI_1")?.state == .backup)
        _ = present.handle(.sourceAddressChanged(Self.source, isPresent: false), now: .zero + .milliseconds(10))
        #expect(present.router.machine(named: "VI_1")?.state == .fault)
    }
}
