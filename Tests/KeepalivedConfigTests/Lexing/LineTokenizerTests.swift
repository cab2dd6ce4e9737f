import Testing

@testable import KeepalivedConfig

@Suite struct LineTokenizerTests {
    static let cases: [(String, [String], [Bool])] = [
        ("a b\tc", ["a", "b", "c"], [false, false, false]),
        ("  lead   trail  ", ["lead", "trail"], [false, false]),
        ("notify \"/bin/x a b\"", ["notify", "/bin/x a b"], [false, true]),
        ("x \"\"", ["x", ""], [false, true]),
        ("ab\"cd\"ef", ["ab", "cd", "ef"], [false, true, false]),
        ("'single quoted' words", ["'single", "quoted'", "words"], [false, false, false]),
        ("a\u{0B}b\u{0C}c", ["a", "b", "c"], [false, false, false]),
    ]

    @Test(arguments: cases)
    func wordsSplitOnWhitespaceAndDoubleQuotes(input: String, words: [String], quoted: [Bool]) {
        let bytes = Array(input.utf8)
        let result = LineTokenizer.split(bytes)
        #expect(result.words.map { String(decoding: bytes[$0.range], as: UTF8.self) } == words)
        #expect(result.words.map(\.wasQuoted) == quoted)
        #expect(result.unterminatedQuote == nil)
    }

    @Test func anUnterminatedQuoteIsReportedAndEndsTheLine() {
        let result = LineTokenizer.split(Array("a \"b c".utf8))
        #expect(result.words.count == 1)
        #expect(result.unterminatedQuote == 2)
    }
}
