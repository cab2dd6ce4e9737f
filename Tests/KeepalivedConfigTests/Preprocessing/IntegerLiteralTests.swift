import Testing

@testable import KeepalivedConfig

@Suite struct IntegerLiteralTests {
    /// (text, value, bytes consumed) as `strtol(text, &end, 0)` gives them.
    static let cases: [(String, Int, Int)] = [
        ("12)", 12, 2),
        (" -7,", -7, 3),
        ("+3", 3, 2),
        ("0x1f)", 31, 4),
        ("0X10", 16, 4),
        ("017", 15, 3),
        ("08", 0, 1),
        ("0", 0, 1),
        ("0x", 0, 1),
        ("abc", 0, 0),
        ("", 0, 0),
        ("99999999999999999999", Int.max, 20),
        ("-99999999999999999999", Int.min, 21),
    ]

    @Test(arguments: cases)
    func integersAreReadLikeStrtolWithBaseZero(text: String, value: Int, consumed: Int) {
        let (parsed, end) = IntegerLiteral.parse(Array(text.utf8), from: 0)
        #expect(parsed == value)
        #expect(end == consumed)
    }
}
