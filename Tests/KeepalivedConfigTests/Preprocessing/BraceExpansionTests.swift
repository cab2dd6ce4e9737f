import Testing

@testable import KeepalivedConfig

@Suite struct BraceExpansionTests {
    static let cases: [(String, [String])] = [
        ("plain", ["plain"]),
        ("{a,b}", ["a", "b"]),
        ("x{a,b}y", ["xay", "xby"]),
        ("{a,b}{1,2}", ["a1", "a2", "b1", "b2"]),
        ("{a,{b,c}}", ["a", "b", "c"]),
        ("{x}", ["x"]),
        ("{a,}z", ["az", "z"]),
        ("open{a,b", ["open{a,b"]),
        ("\\{a,b}", ["\\{a,b}"]),
        ("{a\\,b,c}", ["a\\,b", "c"]),
    ]

    @Test(arguments: cases)
    func bracesExpandInWrittenOrder(pattern: String, expected: [String]) {
        let result = BraceExpansion.expand(Array(pattern.utf8), limit: 100)
        #expect(result?.map { String(decoding: $0, as: UTF8.self) } == expected)
    }

    @Test func expansionStopsAtTheLimit() {
        #expect(BraceExpansion.expand(Array(String(repeating: "{a,b}", count: 12).utf8), limit: 1000) == nil)
        #expect(BraceExpansion.expand(Array(String(repeating: "{a,b}", count: 9).utf8), limit: 1000)?.count == 512)
    }
}
