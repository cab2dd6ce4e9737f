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

@Suite struct ValueParserTests {
    @Test(arguments: [
        ("1", Duration.seconds(1)), ("0.5", .milliseconds(500)), (".25", .milliseconds(250)),
        ("3.000001", .microseconds(3_000_001)), ("10.", .seconds(10)),
    ])
    func timersAreDecimalSecondsWithMicrosecondResolution(text: String, duration: Duration) {
        #expect(ValueParser.seconds(text) == duration)
    }

    @Test(arguments: ["", ".", "-1", "1e3", "0.0000001", "1.2.3", "abc", "99999999999999"])
    func malformedTimersAreRejected(text: String) {
        #expect(ValueParser.seconds(text) == nil)
    }

    @Test func durationsPrintAsShortDecimalSeconds() {
        #expect(Duration.seconds(60).secondsText == "60")
        #expect(Duration.milliseconds(500).secondsText == "0.5")
        #expect(Duration.microseconds(3_000_001).secondsText == "3.000001")
        #expect(Duration.milliseconds(10).secondsText == "0.01")
    }

    @Test func booleansAreKeepalivedsWords() {
        #expect(["on", "true", "yes"].allSatisfy { ValueParser.boolean($0) == true })
        #expect(["off", "false", "no"].allSatisfy { ValueParser.boolean($0) == false })
        #expect(ValueParser.boolean("On") == nil)
    }

    @Test func hexBytesNeedAnEvenNumberOfDigits() {
        #expect(ValueParser.hexBytes("0a1B") == [0x0a, 0x1b])
        #expect(ValueParser.hexBytes("abc") == nil)
        #expect(ValueParser.hexBytes("zz") == nil)
    }
}
