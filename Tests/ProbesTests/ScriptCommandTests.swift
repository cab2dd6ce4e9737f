import Testing

@testable import Probes

@Suite struct ScriptCommandTests {
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
        #expect(try ScriptCommand(parsing: text).words == words)
    }

    @Test("empty lines and open quotes are refused", arguments: ["", "   ", "check 'open", "check \"open", "check \\"])
    func refused(text: String) {
        #expect(throws: ScriptCommand.ParseError.self) { try ScriptCommand(parsing: text) }
    }
}
