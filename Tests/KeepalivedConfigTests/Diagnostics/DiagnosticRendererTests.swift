import Testing

@testable import KeepalivedConfig

@Suite struct DiagnosticRendererTests {
    @Test func anErrorShowsTheLineACaretAndTheUnderline() {
        let parsed = ConfigTextFixture.parse("vrrp_instance VI_1 {\n\tpriority 300\n}\n")
        let diagnostic = Diagnostic.error(
            "'priority' must be between 1 and 255, found '300'",
            at: SourceLocation(file: ConfigTextFixture.mainPath, line: 2, column: 11), length: 3)
        #expect(
            DiagnosticRenderer.render(diagnostic, sources: parsed.sources) == """
                /etc/keepalived/keepalived.conf:2:11: error: 'priority' must be between 1 and 255, found '300'
                \tpriority 300
                \t         ^~~
                """)
    }

    @Test func aWarningThatSetsTheExitStatusIsLabelledAnError() {
        let parsed = ConfigTextFixture.parse("vrrp_instance VI_1 {\n\tpriorty 100\n}\n")
        let location = SourceLocation(file: ConfigTextFixture.mainPath, line: 2, column: 2)
        let unknown = Diagnostic(
            severity: .warning, exitClass: .error, location: location, message: "unknown keyword 'priorty'", length: 7)
        #expect(
            DiagnosticRenderer.render(unknown, sources: parsed.sources).hasPrefix(
                "/etc/keepalived/keepalived.conf:2:2: error: unknown keyword 'priorty'\n"))
        let plain = Diagnostic(severity: .warning, location: location, message: "a plain warning")
        #expect(DiagnosticRenderer.render(plain, sources: parsed.sources).contains(": warning: a plain warning"))
    }

    @Test func notesAndTheIncludeChainFollowTheCaret() {
        let parsed = ConfigTextFixture.parse(
            "global_defs {\n}\ninclude conf.d/vrrp.conf\n",
            files: ["/etc/keepalived/conf.d/vrrp.conf": "vrrp_instance VI_1 {\n  state master\n}\n"])
        let state = parsed.nodes[1].children?[0].arguments[0]
        #expect(state?.text == "master")
        guard let state else { return }
        let diagnostic = Diagnostic.error(
            "unknown state 'master'", at: state.location,
            notes: [
                .init(location: parsed.nodes[1].location, message: "in block 'vrrp_instance' here"),
                .init(message: "did you mean 'MASTER'?"),
            ], length: 6)
        #expect(
            DiagnosticRenderer.render(diagnostic, sources: parsed.sources) == """
                /etc/keepalived/conf.d/vrrp.conf:2:9: error: unknown state 'master'
                  state master
                        ^~~~~~
                /etc/keepalived/conf.d/vrrp.conf:1:1: note: in block 'vrrp_instance' here
                note: did you mean 'MASTER'?
                note: in file included from /etc/keepalived/keepalived.conf:3
                """)
    }

    @Test func aDiagnosticWithoutLocationIsOneLine() {
        let diagnostic = Diagnostic.warning("no virtual_server defined", at: nil)
        #expect(DiagnosticRenderer.render(diagnostic, sources: SourceFiles()) == "warning: no virtual_server defined")
    }

    @Test func theCaretCountsCharactersNotBytesBeforeIt() {
        let parsed = ConfigTextFixture.parse("router_id \"héllo\" x\n")
        let x = parsed.nodes[0].arguments[1]
        #expect(x.location.column == 20)
        let text = DiagnosticRenderer.render(.warning("w", at: x.location), sources: parsed.sources)
        #expect(text.split(separator: "\n").last == "                  ^")
    }

    @Test func theUnderlineStopsAtTheEndOfTheLine() {
        let parsed = ConfigTextFixture.parse("abc\n")
        let d = Diagnostic.error(
            "e", at: SourceLocation(file: ConfigTextFixture.mainPath, line: 1, column: 2), length: 10)
        #expect(DiagnosticRenderer.render(d, sources: parsed.sources).split(separator: "\n").last == " ^~")
    }

    @Test func severalDiagnosticsAreRenderedInOrder() {
        let parsed = ConfigTextFixture.parse("}\n}\n")
        #expect(
            DiagnosticRenderer.render(parsed.diagnostics, sources: parsed.sources) == """
                /etc/keepalived/keepalived.conf:1:1: error: extra '}' with no block to close
                }
                ^
                /etc/keepalived/keepalived.conf:2:1: error: extra '}' with no block to close
                }
                ^
                """)
    }
}
