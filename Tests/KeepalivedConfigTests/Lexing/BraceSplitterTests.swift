import Testing

@testable import KeepalivedConfig

@Suite struct BraceSplitterTests {
    /// Splits repeatedly, as the preprocessor does with the residue.
    static func pieces(_ text: String) -> [String] {
        var out: [String] = []
        let bytes = Array(text.utf8)
        var next: LogicalLine? = LogicalLine(
            bytes: bytes, columns: Array(1..<(bytes.count + 1)), fileIndex: 0, lineNumber: 1)
        while let line = next {
            let split = BraceSplitter.split(line)
            out.append(split.head.text)
            next = split.residue
        }
        return out
    }

    static let cases: [(String, [String])] = [
        ("virtual_ipaddress { 10.0.0.1/24 }", ["virtual_ipaddress", "{", "10.0.0.1/24", "}"]),
        ("vrrp_instance VI_1{", ["vrrp_instance VI_1", "{"]),
        ("{", ["{"]),
        ("}", ["}"]),
        ("} }", ["}", "}"]),
        ("a{b}c", ["a", "{", "b", "}", "c"]),
        ("script \"x { y }\" {", ["script \"x { y }\"", "{"]),
        ("script \"unterminated {", ["script \"unterminated {"]),
        ("x \"a\" \"b {\" {", ["x \"a\" \"b {\"", "{"]),
        ("plain line", ["plain line"]),
    ]

    @Test(arguments: cases)
    func theFirstBraceOutsideQuotesSplitsTheLine(input: String, expected: [String]) {
        #expect(Self.pieces(input) == expected)
    }

    @Test func theResidueKeepsItsColumns() {
        let bytes = Array("a { b".utf8)
        let split = BraceSplitter.split(LogicalLine(bytes: bytes, columns: Array(1...5), fileIndex: 0, lineNumber: 1))
        #expect(split.head.columns == [1])
        #expect(split.residue?.columns == [3, 4, 5])
    }
}
