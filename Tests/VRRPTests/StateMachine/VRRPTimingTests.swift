import Testing
import VRRP

@Suite struct VRRPTimingTests {
    // keepalived section 3.7's worked examples, computed in microseconds.
    @Test(
        "Master_Down_Interval is 3 x interval + Skew_Time with each version's skew",
        arguments: [
            (VRRPVersion.v2, 1_000_000, 100, 3_609_375),
            (.v2, 1_000_000, 101, 3_605_468),
            (.v2, 1_000_000, 254, 3_007_812),
            (.v2, 5_000_000, 100, 15_609_375),
            (.v3, 100_000, 100, 360_937),
            (.v3, 1_000_000, 255, 3_003_906),
        ] as [(VRRPVersion, Int64, UInt8, Int64)])
    func masterDownInterval(version: VRRPVersion, intervalMicroseconds: Int64, priority: UInt8, expected: Int64) {
        let interval = Duration.microseconds(intervalMicroseconds)
        let down = VRRPTiming.masterDownInterval(
            priority: priority, version: version, masterAdvertisementInterval: interval, downTimerAdverts: 3)
        #expect(down.microseconds == expected)
    }

    @Test func v2SkewIgnoresTheIntervalWhileV3ScalesWithIt() {
        let v2 = VRRPTiming.skewTime(priority: 100, version: .v2, masterAdvertisementInterval: .seconds(10))
        let v3 = VRRPTiming.skewTime(priority: 100, version: .v3, masterAdvertisementInterval: .seconds(10))
        #expect(v2 == .microseconds(609_375))
        #expect(v3 == .microseconds(6_093_750))
    }

    @Test func downTimerAdvertsReplacesTheFactorThree() {
        let down = VRRPTiming.masterDownInterval(
            priority: 100, version: .v2, masterAdvertisementInterval: .seconds(1), downTimerAdverts: 5)
        #expect(down == .microseconds(5_609_375))
    }
}
