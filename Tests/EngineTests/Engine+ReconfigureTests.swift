import Engine
import NetworkPrimitives
import Testing
import VRRP

@Suite struct EngineReconfigureTests {
    typealias F = EngineFixture

    /// An engine whose VI_1 became MASTER.
    private func master(_ instances: [EngineInstance] = [F.instance()]) -> VRRPEngine {
        var engine = F.engine(instances)
        _ = engine.start(now: .zero)
        _ = F.run(&engine, until: .zero + .seconds(4))
        return engine
    }

    private let now = MonotonicInstant.zero + .seconds(5)

    @Test func anUnchangedMasterStaysMasterKeepsItsVIPsAndAdvertisesAtOnce() throws {
        var engine = master()
        let effects = engine.reconfigure(to: engine.configuration, linkStates: ["eth0": true], now: now)
        #expect(engine.router.state(of: "VI_1") == .master)
        #expect(!effects.actions.contains(.removeAddress(F.vip)))
        let advert = try #require(effects.transmissions.first)
        #expect(try VRRPCodec.decode(advert.payload, family: .inet).advertisement.priority == 101)
    }

    @Test func aRenamedInstanceIsTheSameInstance() {
        var engine = master()
        let renamed = EngineConfiguration(instances: [F.instance(name: "VI_renamed")])
        let effects = engine.reconfigure(to: renamed, linkStates: ["eth0": true], now: now)
        #expect(engine.router.state(of: "VI_renamed") == .master)
        #expect(!effects.actions.contains(.removeAddress(F.vip)))
        #expect(effects.transmissions.allSatisfy { $0.instance == "VI_renamed" })
    }

    @Test func aRemovedMasterSendsPriorityZeroAndDropsItsVIPs() throws {
        var engine = master()
        var other = F.instance(name: "VI_2")
        other.vrrp.virtualRouterID = 52
        let effects = engine.reconfigure(to: EngineConfiguration(instances: [other]), linkStates: ["eth0": true], now: now)
        let zero = try #require(effects.transmissions.first { $0.instance == "VI_1" })
        #expect(try VRRPCodec.decode(zero.payload, family: .inet).advertisement.priority == 0)
        #expect(effects.actions.contains(.removeAddress(F.vip)))
        #expect(engine.router.state(of: "VI_2") == .backup)
        #expect(effects.logLines.contains("(VI_1) sent 0 priority"))
    }

    @Test func aVIPTheKeptMasterNoLongerHasIsRemovedAndTheOthersStay() {
        let second = VirtualAddress(prefix: IPPrefix("10.99.0.101/32")!, interface: "eth0")
        var both = F.instance()
        both.vrrp.virtualAddresses.append(second.prefix)
        both.addresses.append(second)
        var engine = master([both])
        let effects = engine.reconfigure(
            to: EngineConfiguration(instances: [F.instance()]), linkStates: ["eth0": true], now: now)
        #expect(effects.actions.contains(.removeAddress(second)))
        #expect(!effects.actions.contains(.removeAddress(F.vip)))
        #expect(engine.router.state(of: "VI_1") == .master)
    }

    @Test func anUnchangedCheckScriptKeepsItsHealthAcrossAReload() {
        let check = CheckScript(name: "chk", command: ScriptLine(arguments: ["/bin/check"]), interval: .seconds(2))
        let tracked = F.instance(trackers: [VRRPTrackerBinding(.script("chk"), weight: -20)])
        var engine = F.engine([tracked], checks: [check])
        _ = engine.start(now: .zero)
        _ = engine.handle(.scriptCompleted(.check(name: "chk"), .exited(1)), now: .zero + .milliseconds(5))
        #expect(engine.router.machine(named: "VI_1")?.effectivePriority == 81)
        let effects = engine.reconfigure(to: engine.configuration, linkStates: ["eth0": true], now: now)
        #expect(engine.router.machine(named: "VI_1")?.effectivePriority == 81)
        #expect(!effects.logLines.contains { $0.contains("Changing effective priority") })
    }
}
