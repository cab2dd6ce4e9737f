import Engine
import NetworkPrimitives
import TestSupport
import Testing
import VRRP

/// Every state change keeps its cause: the statistics (metrics, the status board) say why.
@Suite struct EngineTransitionCauseTests {
    typealias F = EngineFixture

    private func cause(_ engine: VRRPEngine) -> TransitionCause? {
        engine.statistics.instances["VI_1"]?.lastTransition?.cause
    }

    @Test func startupThenTheMasterDownTimerAreCountedByCause() throws {
        var engine = F.engine([F.instance()])
        _ = engine.start(now: .zero)
        #expect(cause(engine) == .startup)
        _ = F.run(&engine, until: .zero + .seconds(4))
        let last = try #require(engine.statistics.instances["VI_1"]?.lastTransition)
        #expect(last.cause == .masterDownTimer && last.from == .backup && last.to == .master)
        #expect(last.reason == "Receive advertisement timeout")
        #expect(last.sequence == 2)
        #expect(engine.statistics.instances["VI_1"]?.transitions == ["startup": 1, "master_down_timer": 1])
    }

    @Test func aTakeoverAfterTheMastersPriorityZeroSaysSo() throws {
        var engine = F.engine([F.instance(priority: 100)])
        _ = engine.start(now: .zero)
        _ = engine.handle(.packetReceived(F.advert(priority: 200)), now: .zero + .seconds(1))
        _ = engine.handle(.packetReceived(F.advert(priority: 0)), now: .zero + .seconds(2))
        _ = F.run(&engine, until: .zero + .seconds(3))
        let counters = try #require(engine.statistics.instances["VI_1"])
        #expect(counters.lastTransition?.cause == .priorityZeroReceived)
        #expect(counters.lastTransition?.to == .master)
        #expect(counters.priorityZeroReceived == 1)
        #expect(counters.lastTransition?.reason.contains("priority 0") == true)
    }

    @Test func aMasterHearingAHigherPriorityIsPreempted() {
        var engine = F.engine([F.instance()])
        _ = engine.start(now: .zero)
        _ = F.run(&engine, until: .zero + .seconds(4))
        _ = engine.handle(.packetReceived(F.advert(priority: 200)), now: .zero + .seconds(5))
        #expect(cause(engine) == .preemptedByHigherPriority)
        #expect(engine.statistics.instances["VI_1"]?.lastTransition?.reason.contains("higher priority 200") == true)
    }

    @Test func theInterfaceGoingDownIsTheCauseOfTheFault() {
        var engine = F.engine([F.instance()])
        _ = engine.start(now: .zero)
        _ = F.run(&engine, until: .zero + .seconds(4))
        _ = engine.handle(.linkChanged("eth0", isUp: false), now: .zero + .seconds(5))
        #expect(cause(engine) == .interfaceDown)
        #expect(engine.statistics.instances["VI_1"]?.lastTransition?.to == .fault)
    }

    @Test(arguments: [
        (VRRPTransitionReason.faulted([.tracker(.script("chk_web"))]), TransitionCause.trackedScriptDown),
        (.faulted([.tracker(.interface("eth1"))]), .interfaceDown),
        (.faulted([.tracker(.file("/run/flag"))]), .fault),
        (.faulted([.noUnicastPeers]), .fault),
        (.masterDownTimerExpired, .masterDownTimer),
        (.syncGroup("G1"), .syncGroup),
        (.removedByReload, .reload),
        (.shutdown, .shutdown),
    ])
    func eachReasonHasItsCause(reason: VRRPTransitionReason, cause: TransitionCause) {
        #expect(TransitionCause(reason) == cause)
    }
}
