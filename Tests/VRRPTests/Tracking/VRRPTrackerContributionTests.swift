import Testing
import VRRP

@Suite struct VRRPTrackerContributionTests {
    @Test(
        "weight and reverse decide what an up or down object contributes",
        arguments: [
            (0, false, VRRPTrackerReading.up, VRRPTrackerContribution.none),
            (0, false, .down, .fault),
            (0, true, .up, .fault),
            (0, true, .down, .none),
            (10, false, .up, .adjust(10)),
            (10, false, .down, .none),
            (10, true, .up, .none),
            (10, true, .down, .adjust(10)),
            (-10, false, .up, .none),
            (-10, false, .down, .adjust(-10)),
            (-10, true, .up, .adjust(-10)),
            (-10, true, .down, .none),
        ] as [(Int, Bool, VRRPTrackerReading, VRRPTrackerContribution)])
    func stateTrackers(weight: Int, reverse: Bool, reading: VRRPTrackerReading, expected: VRRPTrackerContribution) {
        let binding = VRRPTrackerBinding(.script("chk"), weight: weight, reverse: reverse)
        #expect(VRRPTrackerContribution(binding: binding, reading: reading) == expected)
    }

    @Test(
        "a track_file value is multiplied by the weight; weight 0 faults on non-zero; below -253 faults",
        arguments: [
            (0, false, 0, VRRPTrackerContribution.none),
            (0, false, 3, .fault),
            (1, false, 20, .adjust(20)),
            (2, false, -10, .adjust(-20)),
            (2, true, 10, .adjust(-20)),
            (1, false, -253, .adjust(-253)),
            (1, false, -254, .fault),
            (-1, false, 254, .fault),
            (Int.max, false, 2, .fault),
        ] as [(Int, Bool, Int, VRRPTrackerContribution)])
    func fileTrackers(weight: Int, reverse: Bool, value: Int, expected: VRRPTrackerContribution) {
        let binding = VRRPTrackerBinding(.file("f"), weight: weight, reverse: reverse)
        #expect(VRRPTrackerContribution(binding: binding, reading: .value(value)) == expected)
    }

    @Test func anObjectWithoutAResultContributesNothing() {
        for weight in [-5, 0, 5] {
            #expect(VRRPTrackerContribution(binding: .init(.script("chk"), weight: weight), reading: nil) == .none)
        }
    }
}
