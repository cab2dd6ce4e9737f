import Testing

@testable import KeepalivedConfig

/// The command-line cases MISC_CHECK's own splitter (Probes' ScriptCommand, now gone) was tested
/// with: `misc_path` is split by `ScriptLineSplitter` like every other script line.
@Suite struct ScriptLineSplitterCommandTests {
    @Test(
        "command lines split into words with quotes and escapes",
        arguments: [
            ("/usr/bin/check --port 80", ["/usr/bin/check", "--port", "80"]),
            ("  spaced\t out  ", ["spaced", "out"]),
            ("check 'two words' \"and \\\"more\\\"\"", ["check", "two words", "and \"more\""]),
            ("check a\\ b", ["check", "a b"]),
            ("check ''", ["check", ""]),
            ("pre'fix'ed", ["prefixed"]),
        ])
    func splitting(text: String, words: [String]) throws {
        #expect(try ScriptLineSplitter.arguments(ofCommand: text) == words)
    }

    @Test("empty lines have no words (MISC_CHECK refuses them)", arguments: ["", "   "])
    func empty(text: String) throws {
        #expect(try ScriptLineSplitter.arguments(ofCommand: text).isEmpty)
    }

    @Test("open quotes and a trailing backslash are refused", arguments: ["check 'open", "check \"open", "check \\"])
    func refused(text: String) {
        #expect(throws: ScriptLineSplitter.Failure.self) { try ScriptLineSplitter.arguments(ofCommand: text) }
    }
}
