import Testing
import VRRP

@Suite struct VRRPScriptHealthTests {
    /// Feeds results ("+" success, "-" failure) and returns the reading after each one.
    static func readings(_ results: String, rise: Int, fall: Int, initFail: Bool = false) -> [VRRPTrackerReading?] {
        var health = VRRPScriptHealth(rise: rise, fall: fall, initFail: initFail)
        return results.map { result in
            _ = health.record(success: result == "+")
            return health.reading
        }
    }

    @Test func theFirstResultDecidesWhateverRiseAndFall() {
        #expect(Self.readings("+", rise: 3, fall: 3) == [.up])
        #expect(Self.readings("-", rise: 3, fall: 3) == [.down])
    }

    @Test func fromUpItTakesFallConsecutiveFailuresToGoDown() {
        #expect(Self.readings("+--+---", rise: 2, fall: 3) == [.up, .up, .up, .up, .up, .up, .down])
    }

    @Test func fromDownItTakesRiseConsecutiveSuccessesToGoUp() {
        #expect(Self.readings("-++-+++", rise: 3, fall: 1) == [.down, .down, .down, .down, .down, .down, .up])
    }

    @Test func initFailStartsDownAndNeedsRiseSuccesses() {
        var health = VRRPScriptHealth(rise: 2, fall: 2, initFail: true)
        #expect(health.reading == .down)
        let changes = [health.record(success: true), health.record(success: true)]
        #expect(changes == [nil, .up])
    }

    @Test func withoutInitFailThereIsNoReadingBeforeTheFirstResult() {
        let health = VRRPScriptHealth(rise: 2, fall: 2)
        #expect(health.reading == nil)
        #expect(health.counter == 1)
    }

    @Test func recordReportsOnlyChanges() {
        var health = VRRPScriptHealth(rise: 1, fall: 2)
        let changes = [true, true, false, false].map { health.record(success: $0) }
        #expect(changes == [.up, nil, nil, .down])
    }
}
