import Engine
import NetworkPrimitives
import Runtime
import Testing

/// The loop keeps one list of effects for its life: each step's effects are carried out once, and
/// the next step starts on an empty list.
@Suite struct RuntimeLoopEffectBufferTests {
    @Test func eachStepsEffectsAreCarriedOutOnceAndTheNextStepStartsOnAnEmptyBuffer() async {
        let harness = RuntimeHarness()
        var core = harness.core()
        core.reactions[.packetReceived(Sample.packet())] = [.log(.info("a1")), .log(.info("a2"))]
        core.reactions[.linkChanged("eth1", isUp: false)] = [.log(.info("b"))]
        let task = harness.start(core)
        func lines(_ entries: [PortCall]) -> [String] {
            entries.compactMap { if case .logged(let record) = $0 { record.message } else { nil } }
        }
        harness.network.deliver(Sample.packet())
        #expect(await harness.journal.waitUntil { lines($0).contains("a2") })
        harness.links.report(.link("eth1", isUp: false))
        #expect(await harness.journal.waitUntil { lines($0).contains("b") })
        harness.network.deliver(Sample.packet())
        #expect(await harness.journal.waitUntil { lines($0).count >= 5 })
        let final = await harness.stop(task)
        #expect(lines(harness.journal.entries) == ["a1", "a2", "b", "a1", "a2"])
        #expect(final.stepsOntoLeftovers == 0)
    }
}
