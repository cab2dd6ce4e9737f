import KeepalivedConfig
import Testing

@Suite struct TrackFileValueTests {
    static func parse(_ text: String) -> Int? { TrackFileValue.parse(Array(text.utf8)) }

    @Test func numbersAreReadAsStrtolWithBaseZeroReadsThem() {
        #expect(Self.parse("5\n") == 5)
        #expect(Self.parse("  -12 trailing") == -12)
        #expect(Self.parse("+7") == 7)
        #expect(Self.parse("0x1f") == 31)
        #expect(Self.parse("010") == 8)
        #expect(Self.parse("0") == 0)
        #expect(Self.parse("0x") == 0)
    }

    @Test func emptyOrNonNumericFilesReadZero() {
        #expect(Self.parse("") == 0)
        #expect(Self.parse("up\n") == 0)
        #expect(Self.parse("\n") == 0)
    }

    @Test func numbersOutsideThe32BitRangeAreIgnored() {
        #expect(Self.parse("2147483648") == 2_147_483_648)
        #expect(Self.parse("2147483649") == nil)
        #expect(Self.parse("-2147483649") == nil)
        #expect(Self.parse("99999999999999999999999") == nil)
    }
}
