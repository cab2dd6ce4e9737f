import Testing
import VRRP

@Suite struct VRRPTrackerSetTests {
    @Test(
        "effective priority is the base plus contributions (script +30 while up, eth1 -50 while down), clamped",
        arguments: [
            (100, VRRPTrackerReading.up, VRRPTrackerReading.up, 130),
            (100, .down, .up, 100),
            (100, .up, .down, 80),
            (100, .down, .down, 50),
            (240, .up, .up, 254),
            (20, .down, .down, 1),
            (255, .down, .down, 255),
        ] as [(UInt8, VRRPTrackerReading, VRRPTrackerReading, UInt8)])
    func effectivePriority(base: UInt8, script: VRRPTrackerReading, link: VRRPTrackerReading, expected: UInt8) {
        var set = VRRPTrackerSet(bindings: [.init(.script("a"), weight: 30), .init(.interface("eth1"), weight: -50)])
        set.record(script, for: .script("a"))
        set.record(link, for: .interface("eth1"))
        #expect(set.effectivePriority(base: base) == expected)
    }

    @Test func prioritiesAddUpAndClamp() {
        var set = VRRPTrackerSet(bindings: [.init(.script("a"), weight: 30), .init(.interface("eth1"), weight: -50)])
        #expect(set.effectivePriority(base: 100) == 100)
        set.record(.up, for: .script("a"))
        #expect(set.effectivePriority(base: 100) == 130)
        set.record(.down, for: .interface("eth1"))
        #expect(set.effectivePriority(base: 100) == 80)
        #expect(set.effectivePriority(base: 240) == 220)
        #expect(set.effectivePriority(base: 10) == 1)
        set.record(.up, for: .interface("eth1"))
        #expect(set.effectivePriority(base: 240) == 254)
        #expect(set.effectivePriority(base: 255) == 255)
    }

    @Test func onlyUnweightedFailuresFault() {
        var set = VRRPTrackerSet(bindings: [.init(.script("a"), weight: 30), .init(.interface("eth1"))])
        set.record(.down, for: .script("a"))
        #expect(set.faultingTrackers.isEmpty)
        set.record(.down, for: .interface("eth1"))
        #expect(set.faultingTrackers == [.interface("eth1")])
    }

    @Test func readingsForUnwatchedOrUnchangedObjectsAreNotRecorded() {
        var set = VRRPTrackerSet(bindings: [.init(.script("a"))])
        let unwatched = set.record(.down, for: .script("b"))
        let first = set.record(.down, for: .script("a"))
        let repeated = set.record(.down, for: .script("a"))
        #expect([unwatched, first, repeated] == [false, true, false])
    }

    @Test func scriptsWithoutAResultArePending() {
        var set = VRRPTrackerSet(bindings: [.init(.script("a")), .init(.interface("eth1"))])
        #expect(set.hasPendingScripts)
        set.record(.down, for: .script("a"))
        #expect(!set.hasPendingScripts)
    }

    @Test func removingWeightedBindingsKeepsTheUnweightedOnes() {
        var set = VRRPTrackerSet(bindings: [.init(.script("a"), weight: 30), .init(.interface("eth1"))])
        let removed = set.removeWeightedBindings()
        #expect(removed == [.init(.script("a"), weight: 30)])
        #expect(set.bindings == [.init(.interface("eth1"))])
    }
}
