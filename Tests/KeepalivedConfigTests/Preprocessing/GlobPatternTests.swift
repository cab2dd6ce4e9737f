import Testing

@testable import KeepalivedConfig

@Suite struct GlobPatternTests {
    static let cases: [(String, String, Bool)] = [
        ("*.conf", "a.conf", true),
        ("*.conf", "a.cfg", false),
        ("*.conf", ".hidden.conf", false),
        (".*", ".hidden", true),
        ("?", "a", true),
        ("?", "ab", false),
        ("a*b*c", "aXXbYYc", true),
        ("a*b*c", "aXXbYY", false),
        ("*", "", true),
        ("[abc]x", "bx", true),
        ("[abc]x", "dx", false),
        ("[a-c]", "b", true),
        ("[!a-c]", "d", true),
        ("[^a-c]", "a", false),
        ("[]]", "]", true),
        ("[a-]", "-", true),
        ("[", "[", true),
        ("a\\*", "a*", true),
        ("a\\*", "ab", false),
        ("**x", "abx", true),
        ("*a*a*a*a*a*b", String(repeating: "a", count: 60), false),
    ]

    @Test(arguments: cases)
    func componentsMatchLikeFnmatch(pattern: String, name: String, matches: Bool) {
        #expect(GlobPattern(pattern).matches(name) == matches)
    }

    @Test(arguments: [("a*", true), ("a?", true), ("[x]", true), ("plain", false), ("a\\*", false)])
    func wildcardsAreDetected(pattern: String, has: Bool) {
        #expect(GlobPattern(pattern).hasWildcards == has)
    }

    @Test func escapesAreRemovedFromLiterals() {
        #expect(GlobPattern("a\\{b").literal == "a{b")
    }
}
