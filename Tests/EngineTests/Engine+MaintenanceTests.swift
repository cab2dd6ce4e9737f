import Engine
import NetworkPrimitives
import TestSupport
import Testing
import VRRP

/// `EngineEvent.maintenanceRequested` through the pure core: log lines, the priority-0 advert, the
/// VIPs removed, and no takeover until resumed.
@Suite struct EngineMaintenanceTests {
    typealias F = EngineFixture

    @Test func aMasterInMaintenanceSendsPriorityZeroReleasesTheVIPsAndStaysBackup() throws {
        var engine = F.engine([F.instance()])
        _ = engine.start(now: .zero)
        _ = F.run(&engine, until: .zero + .seconds(4))
        let effects = engine.handle(
            .maintenanceRequested(instance: "VI_1", .enter(.priorityZero)), now: .zero + .seconds(5))
        let zero = try #require(effects.transmissions.first)
        #expect(try VRRPCodec.decode(zero.payload, family: .inet).advertisement.priority == 0)
        #expect(effects.actions == [.transmit(zero), .removeAddress(F.vip)])
        #expect(effects.logLines.first == "(VI_1) entering maintenance in MASTER state: it will not become MASTER")
        #expect(effects.logLines.contains("(VI_1) maintenance requested: handing mastership over"))
        #expect(effects.logLines.contains("(VI_1) Entering BACKUP STATE"))
        let later = F.run(&engine, until: .zero + .seconds(30))
        #expect(later.actions.isEmpty, "in maintenance the instance never takes over: \(later.logLines)")
        #expect(engine.router.state(of: "VI_1") == .backup)
    }

    @Test func resumeLetsTheInstanceTakeOverAgain() {
        var engine = F.engine([F.instance()])
        _ = engine.start(now: .zero)
        _ = engine.handle(.maintenanceRequested(instance: "VI_1", .enter(.priorityZero)), now: .zero)
        _ = F.run(&engine, until: .zero + .seconds(10))
        #expect(engine.router.state(of: "VI_1") == .backup)
        let resumed = engine.handle(.maintenanceRequested(instance: "VI_1", .leave), now: .zero + .seconds(10))
        #expect(resumed.logLines == ["(VI_1) leaving maintenance: taking part in elections again"])
        let effects = F.run(&engine, until: .zero + .seconds(15))
        #expect(effects.logLines.contains("(VI_1) Entering MASTER STATE"))
    }

    @Test func anUnknownInstanceIsLoggedAndChangesNothing() {
        var engine = F.engine([F.instance()])
        _ = engine.start(now: .zero)
        let effects = engine.handle(.maintenanceRequested(instance: "VI_9", .leave), now: .zero)
        #expect(effects.logLines == ["Maintenance request for unknown instance VI_9 ignored"])
        #expect(effects.actions.isEmpty)
    }
}
