import Testing

@testable import KeepalivedConfig

@Suite struct KeywordTableTests {
    @Test func anUnknownKeywordIsAWarningWithASuggestionAndKeepalivedsExitStatus() throws {
        let result = ModelFixture.load(ModelFixture.instance("priorty 120"))
        let diagnostic = try #require(result.diagnostic("unknown keyword 'priorty' in vrrp_instance"))
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.exitClass == .error)
        #expect(diagnostic.location?.line == 7)
        #expect(diagnostic.location?.column == 1)
        #expect(diagnostic.notes.first?.message == "did you mean 'priority'?")
        #expect(
            diagnostic.notes.contains { $0.message == "in vrrp_instance 'VI_1' defined here" && $0.location?.line == 1 }
        )
        #expect(result.instance?.priority == 100)
        #expect(result.exitStatus == 5)
    }

    @Test func aWordFarFromEveryKeywordGetsNoSuggestion() throws {
        let result = ModelFixture.load(ModelFixture.instance("completely_unrelated 1"))
        let diagnostic = try #require(result.diagnostic("unknown keyword"))
        #expect(!diagnostic.notes.contains { $0.message.hasPrefix("did you mean") })
    }

    @Test func theBlockOfAnUnknownKeywordIsSkippedAndTheEnclosingBlockStaysOpen() throws {
        let result = ModelFixture.load(ModelFixture.instance("foo {\n  bar\n}\npriority 120"))
        let diagnostic = try #require(result.diagnostic("unknown keyword 'foo'"))
        #expect(diagnostic.notes.contains { $0.message.contains("keepalived would end 'vrrp_instance' at its '}'") })
        #expect(!result.mentions("'bar'"))
        #expect(result.instance?.priority == 120)
    }

    @Test func anUnsupportedKeywordWarnsOnceWithTheCountOfLaterUses() throws {
        let text =
            ModelFixture.instance("use_vmac", name: "A", vrid: 1) + "\n"
            + ModelFixture.instance("use_vmac", name: "B", vrid: 2) + "\n"
            + ModelFixture.instance("use_vmac", name: "C", vrid: 3)
        let result = ModelFixture.load(text)
        let warnings = result.diagnostics.filter { $0.message == "'use_vmac' is not supported by vigil" }
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.exitClass == .none)
        #expect(warning.notes.contains { $0.message.contains("used 2 more times") })
        #expect(result.exitStatus == 0)
        #expect(result.configuration.vrrpInstances.count == 3)
    }

    @Test func aBlockKeywordWithoutItsBlockIsAnError() {
        let result = ModelFixture.load(ModelFixture.instance("track_script chk"))
        #expect(result.mentions("'track_script' needs a '{ ... }' block"))
    }

    @Test func wordsAfterAValueAreIgnoredWithAWarning() {
        let result = ModelFixture.load(ModelFixture.instance("nopreempt now"))
        #expect(result.diagnostic("'now' and what follows is ignored")?.severity == .warning)
    }
}
