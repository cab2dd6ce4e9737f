import HealthCheck
import Testing

/// FILE_CHECK's verdicts, keepalived 2.2.7's rules (check_file.c, track_file.c).
@Suite struct FileProbeTests {
    static func probe(weight: Int, reverse: Bool = false) -> FileProbe {
        FileProbe(path: "/run/f", weight: weight, reverse: reverse, baseWeight: 10)
    }

    @Test func weightZeroIsUpOnZeroAndDownOtherwiseAndReverseInverts() {
        #expect(Self.probe(weight: 0).result(forValue: 0) == .success)
        #expect(Self.probe(weight: 0).result(forValue: 5) == .failure(reason: "/run/f reads 5"))
        #expect(Self.probe(weight: 0).result(forValue: -1).isSuccess == false)
        #expect(Self.probe(weight: 0, reverse: true).result(forValue: 0) == .failure(reason: "/run/f reads 0"))
        #expect(Self.probe(weight: 0, reverse: true).result(forValue: 7) == .success)
    }

    @Test func aWeightAddsValueTimesWeightToTheRealServersWeight() {
        #expect(Self.probe(weight: 2).result(forValue: 3) == .successWithWeight(16))
        #expect(Self.probe(weight: 2, reverse: true).result(forValue: 3) == .successWithWeight(4))
        #expect(Self.probe(weight: 2).result(forValue: 0) == .successWithWeight(10))
    }

    @Test func theFaultValueAndAnUnreadableNumberAreDown() {
        #expect(Self.probe(weight: 1).result(forValue: Int(Int32.min)).isSuccess == false)
        #expect(Self.probe(weight: 1).result(forValue: nil).isSuccess == false)
        #expect(Self.probe(weight: 254).result(forValue: Int.max).isSuccess == false)
    }
}
