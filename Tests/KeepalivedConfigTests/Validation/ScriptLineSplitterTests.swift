import Testing

@testable import KeepalivedConfig

@Suite struct ScriptLineSplitterTests {
    @Test(arguments: [
        ("script \"killall -0 haproxy\"", ["script", "killall -0 haproxy"]),
        ("notify_master \"/x.sh a\" root :wheel", ["notify_master", "/x.sh a", "root", ":wheel"]),
        ("script '/a b' c", ["script", "/a b", "c"]),
        ("script a\"b c\"d", ["script", "ab cd"]),
        ("script a\\ b", ["script", "a\\ b"]),
        ("  script\t/bin/true  ", ["script", "/bin/true"]),
    ])
    func rawLinesSplitOnBlanksWithQuotesGrouping(line: String, words: [String]) throws {
        #expect(try ScriptLineSplitter.words(ofRawLine: line) == words)
    }

    @Test(arguments: [
        ("/bin/echo a\\ b", ["/bin/echo", "a b"]),
        ("printf \"%s\\n\" x", ["printf", "%s\n", "x"]),
        ("echo \\x41\\101\\cA\\t", ["echo", "AA\u{01}\t"]),
        ("sh -c 'exit 1'", ["sh", "-c", "exit 1"]),
    ])
    func commandsSplitShellLikeWithEscapesDecoded(command: String, arguments: [String]) throws {
        #expect(try ScriptLineSplitter.arguments(ofCommand: command) == arguments)
    }

    @Test func unterminatedQuotesAndDanglingBackslashesThrow() {
        #expect(throws: ScriptLineSplitter.Failure.unterminatedQuote("\"")) {
            try ScriptLineSplitter.words(ofRawLine: "script \"abc")
        }
        #expect(throws: ScriptLineSplitter.Failure.danglingBackslash) {
            try ScriptLineSplitter.arguments(ofCommand: "abc\\")
        }
    }

    @Test func onlyTheSecondWordIsTheCommandAndTheNextTwoAreUserAndGroup() throws {
        let text =
            "vrrp_script chk {\n script \"/usr/bin/killall -0 haproxy\"\n}\n"
            + ModelFixture.instance("track_script {\n chk\n}\nnotify_master /etc/notify.sh nobody :nogroup")
        let result = ModelFixture.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let script = try #require(result.configuration.vrrpScripts.first).script
        #expect(script.arguments == ["/usr/bin/killall", "-0", "haproxy"])
        #expect(script.location.line == 2 && script.location.column == 9)
        let notify = try #require(result.instance?.notify.master)
        #expect(notify.program == "/etc/notify.sh")
        #expect(notify.user == "nobody")
        #expect(notify.group == "nogroup")
    }

    @Test func commentsAfterAScriptAreNotUserNames() throws {
        let text =
            "vrrp_script chk {\n script \"killall -0 haproxy\" # check the haproxy process\n}\n"
            + ModelFixture.instance("track_script {\n chk\n}")
        let result = ModelFixture.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        #expect(result.configuration.vrrpScripts.first?.script.user == nil)
    }

    @Test func extraWordsAfterAVrrpScriptCommandAreIgnoredWithAWarning() {
        let text =
            "vrrp_script chk {\n script /usr/bin/killall -0 haproxy\n}\n"
            + ModelFixture.instance("track_script {\n chk\n}")
        let result = ModelFixture.load(text)
        #expect(result.configuration.vrrpScripts.first?.script.arguments == ["/usr/bin/killall"])
        #expect(result.mentions("only the first word after 'script' is the command"))
    }
}
