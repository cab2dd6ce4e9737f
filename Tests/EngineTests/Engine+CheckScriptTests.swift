import Engine
import NetworkPrimitives
import Testing
import VRRP

@Suite struct EngineCheckScriptTests {
    typealias F = EngineFixture

    private let check = CheckScript(
        name: "chk", command: ScriptLine(arguments: ["/bin/check"]), interval: .seconds(2), rise: 1, fall: 2)

    private func engine() -> VRRPEngine {
        F.engine([F.instance(trackers: [VRRPTrackerBinding(.script("chk"), weight: -20)])], checks: [check])
    }

    @Test func aTrackedScriptRunsAtStartAndThenEveryInterval() {
        var engine = engine()
        let first = engine.start(now: .zero).scripts
        #expect(first.map(\.arguments) == [["/bin/check"]])
        #expect(first.first?.timeout == .seconds(2))
        _ = engine.handle(.scriptCompleted(.check(name: "chk"), .exited(0)), now: .zero + .milliseconds(10))
        let second = engine.handle(.deadlineReached, now: .zero + .seconds(2)).scripts
        #expect(second.map(\.purpose) == [.check(name: "chk")])
    }

    @Test func aRunStillGoingWhenTheNextIsDueIsSkipped() {
        var engine = engine()
        _ = engine.start(now: .zero)
        #expect(engine.handle(.deadlineReached, now: .zero + .seconds(2)).scripts.isEmpty)
    }

    @Test func fallConsecutiveFailuresLowerTheEffectivePriorityByTheWeight() {
        var engine = engine()
        _ = engine.start(now: .zero)
        var lines: [String] = []
        for run in 0..<3 {
            let at = MonotonicInstant.zero + .seconds(Int64(2 * run))
            if run > 0 { _ = engine.handle(.deadlineReached, now: at) }
            let outcome: ScriptOutcome = run == 0 ? .exited(0) : .exited(1)
            lines += engine.handle(.scriptCompleted(.check(name: "chk"), outcome), now: at + .milliseconds(5)).logLines
        }
        #expect(lines == [
            "VRRP_Script(chk) succeeded", "VRRP_Script(chk) failed (exited with status 1)",
            "(VI_1) Changing effective priority from 101 to 81",
        ])
        #expect(engine.router.machine(named: "VI_1")?.effectivePriority == 81)
    }

    @Test func untrackedScriptsNeverRun() {
        var engine = F.engine([F.instance()], checks: [check])
        #expect(engine.start(now: .zero).scripts.isEmpty)
    }
}
