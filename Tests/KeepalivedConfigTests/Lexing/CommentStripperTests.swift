import Testing

@testable import KeepalivedConfig

@Suite struct CommentStripperTests {
    static let cases: [(String, String)] = [
        ("router_id a # comment", "router_id a"),
        ("router_id a ! comment", "router_id a"),
        ("router_id a#b", "router_id a"),
        ("router_id a!b", "router_id a"),
        ("# whole line", ""),
        ("! whole line", ""),
        ("   \t indented", "indented"),
        ("trailing  \t ", "trailing"),
        ("script \"echo # not a comment\" # comment", "script \"echo # not a comment\""),
        ("script \"echo ! kept\"", "script \"echo ! kept\""),
        ("script 'single # quotes do not protect'", "script 'single"),
        ("x \\# literal hash", "x # literal hash"),
        ("x \\! literal bang", "x ! literal bang"),
        ("x \"\\# kept escaped in quotes\"", "x \"\\# kept escaped in quotes\""),
        ("x \\n other escapes stay", "x \\n other escapes stay"),
        ("a // is not a comment", "a // is not a comment"),
        ("$M= \\", "$M=\\"),
        ("line1   \\", "line1\\"),
        ("open \"quote # still open", "open \"quote # still open"),
    ]

    @Test(arguments: cases)
    func commentsAreRemovedOutsideDoubleQuotes(input: String, expected: String) {
        let bytes = Array(input.utf8)
        let line = LogicalLine(
            bytes: bytes, columns: Array(1..<(bytes.count + 1)), fileIndex: 0,
            lineNumber: 1)
        #expect(CommentStripper.strip(line).line.text == expected)
    }

    @Test func columnsFollowTheBytesThatRemain() {
        let bytes = Array("  a \\#b".utf8)
        let line = LogicalLine(bytes: bytes, columns: Array(1...bytes.count), fileIndex: 0, lineNumber: 1)
        let stripped = CommentStripper.strip(line).line
        #expect(stripped.text == "a #b")
        #expect(stripped.columns == [3, 4, 6, 7])
    }

    @Test func anOpenQuoteIsRemembered() {
        let bytes = Array("a \"b".utf8)
        let line = LogicalLine(bytes: bytes, columns: Array(1...bytes.count), fileIndex: 0, lineNumber: 1)
        #expect(CommentStripper.strip(line).line.unterminatedQuote == 2)
    }
}
