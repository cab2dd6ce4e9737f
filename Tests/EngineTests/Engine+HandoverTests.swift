import Engine
import NetworkPrimitives
import TestSupport
import Testing
import VRRP

/// A make-before-break stop through the pure core (Docs/Handover.md): priority 0 goes out, the VIPs stay,
/// and the engine has not stopped until a successor's advert (or Master_Down_Interval) releases them.
@Suite struct EngineHandoverTests {
    typealias F = EngineFixture

    static func master() -> VRRPEngine {
        var engine = F.engine([F.instance()])
        engine.stopHandover = .makeBeforeBreak
        _ = engine.start(now: .zero)
        _ = F.run(&engine, until: .zero + .seconds(4))
        return engine
    }

    @Test func aStopKeepsTheVIPsUntilTheSuccessorAdvertises() throws {
        var engine = Self.master()
        let stopping = engine.handle(.shutdownRequested, now: .zero + .seconds(5))
        let zero = try #require(stopping.transmissions.first)
        #expect(try VRRPCodec.decode(zero.payload, family: .inet).advertisement.priority == 0)
        #expect(stopping.actions == [.transmit(zero)], "no VIP removed yet")
        #expect(stopping.logLines.contains { $0.hasPrefix("(VI_1) handing over: keeping VIPs until a successor advertises") })
        #expect(!engine.hasStopped && engine.nextDeadline == .zero + .seconds(6))
        let released = engine.handle(.packetReceived(F.advert(priority: 100)), now: .zero + .seconds(5.6))
        #expect(released.actions == [.removeAddress(F.vip)])
        #expect(released.logLines.contains("(VI_1) successor 10.99.0.3 has taken over"))
        #expect(engine.hasStopped && engine.router.state(of: "VI_1") == .initialize)
    }

    @Test func aSecondStopReleasesAtOnce() {
        var engine = Self.master()
        _ = engine.handle(.shutdownRequested, now: .zero + .seconds(5))
        let released = engine.handle(.shutdownRequested, now: .zero + .seconds(5.1))
        #expect(released.actions == [.removeAddress(F.vip)])
        #expect(released.logLines.contains("(VI_1) no successor advertised: releasing VIPs anyway"))
        #expect(engine.hasStopped)
    }

    @Test func theRFCStopIsTheEnginesDefaultAndStopsAtOnce() {
        var engine = F.engine([F.instance()])
        _ = engine.start(now: .zero)
        _ = F.run(&engine, until: .zero + .seconds(4))
        #expect(engine.stopHandover == .priorityZero)
        #expect(engine.handle(.shutdownRequested, now: .zero + .seconds(5)).actions.contains(.removeAddress(F.vip)))
        #expect(engine.hasStopped)
    }
}
