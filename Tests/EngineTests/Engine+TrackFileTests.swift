import Engine
import NetworkPrimitives
import Testing
import VRRP

@Suite struct EngineTrackFileTests {
    typealias F = EngineFixture

    static func engine(weight: Int, value: Int) -> VRRPEngine {
        let instance = F.instance(priority: 100, trackers: [VRRPTrackerBinding(.file("flag"), weight: weight)])
        return VRRPEngine(
            configuration: EngineConfiguration(instances: [instance]), linkStates: ["eth0": true],
            fileValues: ["flag": value])
    }

    @Test func theValueAtStartTimesTheWeightIsThePriorityTheInstanceStartsWith() {
        var engine = Self.engine(weight: 10, value: 2)
        _ = engine.start(now: .zero)
        #expect(engine.router.machine(named: "VI_1")?.effectivePriority == 120)
    }

    @Test func aChangedFileChangesThePriorityAndAWeightOfZeroFaultsOnANonZeroValue() {
        var engine = Self.engine(weight: 10, value: 0)
        _ = engine.start(now: .zero)
        let effects = engine.handle(.fileChanged(name: "flag", value: -3), now: .zero + .milliseconds(10))
        #expect(engine.router.machine(named: "VI_1")?.effectivePriority == 70)
        #expect(effects.contains(.log(.info("(VI_1) Changing effective priority from 100 to 70"))))

        var faulting = Self.engine(weight: 0, value: 0)
        _ = faulting.start(now: .zero)
        _ = faulting.handle(.fileChanged(name: "flag", value: 1), now: .zero + .milliseconds(10))
        #expect(faulting.router.machine(named: "VI_1")?.state == .fault)
        _ = faulting.handle(.fileChanged(name: "flag", value: 0), now: .zero + .milliseconds(20))
        #expect(faulting.router.machine(named: "VI_1")?.state != .fault)
    }
}
