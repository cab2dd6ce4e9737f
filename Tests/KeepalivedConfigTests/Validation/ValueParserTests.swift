import Testing

@testable import KeepalivedConfig

@Suite struct ValueParserTests {
    @Test(arguments: [
        ("1", Duration.seconds(1)), ("0.5", .milliseconds(500)), (".25", .milliseconds(250)),
        ("3.000001", .microseconds(3_000_001)), ("10.", .seconds(10)),
    ])
    func timersAreDecimalSecondsWithMicrosecondResolution(text: String, duration: Duration) {
        #expect(ValueParser.seconds(text) == duration)
    }

    @Test(arguments: ["", ".", "-1", "1e3", "0.0000001", "1.2.3", "abc", "99999999999999"])
    func malformedTimersAreRejected(text: String) {
        #expect(ValueParser.seconds(text) == nil)
    }

    @Test func durationsPrintAsShortDecimalSeconds() {
        #expect(Duration.seconds(60).secondsText == "60")
        #expect(Duration.milliseconds(500).secondsText == "0.5")
        #expect(Duration.microseconds(3_000_001).secondsText == "3.000001")
        #expect(Duration.milliseconds(10).secondsText == "0.01")
    }

    @Test func booleansAreKeepalivedsWords() {
        #expect(["on", "true", "yes"].allSatisfy { ValueParser.boolean($0) == true })
        #expect(["off", "false", "no"].allSatisfy { ValueParser.boolean($0) == false })
        #expect(ValueParser.boolean("On") == nil)
    }

    @Test func hexBytesNeedAnEvenNumberOfDigits() {
        #expect(ValueParser.hexBytes("0a1B") == [0x0a, 0x1b])
        #expect(ValueParser.hexBytes("abc") == nil)
        #expect(ValueParser.hexBytes("zz") == nil)
    }
}
