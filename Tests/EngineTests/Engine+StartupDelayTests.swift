import Engine
import NetworkPrimitives
import Testing
import VRRP

@Suite struct EngineStartupDelayTests {
    typealias F = EngineFixture

    static func becameMaster(_ effects: [EngineEffect]) -> Bool {
        effects.contains { if case .addAddress = $0 { true } else { false } }
    }

    static func engine(delay: Duration, priority: UInt8 = 101) -> VRRPEngine {
        var instance = F.instance(priority: priority)
        instance.vrrp.initialState = .master
        var configuration = EngineConfiguration(instances: [instance])
        configuration.startupDelay = delay
        return VRRPEngine(configuration: configuration, linkStates: ["eth0": true])
    }

    @Test func noInstanceBecomesMasterBeforeTheDelayHasPassed() {
        var engine = Self.engine(delay: .seconds(5))
        let started = engine.start(now: .zero)
        #expect(started.first == .log(.info("Delaying startup for 5 seconds")))
        // Master_Down_Interval of priority 101 at 1 s is about 3.6 s: counted from 5 s, not from 0.
        #expect(!Self.becameMaster(F.run(&engine, until: .zero + .seconds(8))))
        #expect(Self.becameMaster(F.run(&engine, until: .zero + .seconds(9))))
    }

    @Test func anAddressOwnerWaitsOutTheDelayThenBecomesMasterAtOnce() {
        var engine = Self.engine(delay: .milliseconds(2500), priority: 255)
        #expect(engine.start(now: .zero).first == .log(.info("Delaying startup for 2.5 seconds")))
        #expect(!Self.becameMaster(F.run(&engine, until: .zero + .milliseconds(2400))))
        #expect(Self.becameMaster(F.run(&engine, until: .zero + .milliseconds(2500))))
    }

    @Test func withoutADelayTheMasterDownTimerRunsFromStart() {
        var engine = Self.engine(delay: .zero)
        #expect(!engine.start(now: .zero).contains(.log(.info("Delaying startup for 0 seconds"))))
        #expect(Self.becameMaster(F.run(&engine, until: .zero + .seconds(4))))
    }
}
