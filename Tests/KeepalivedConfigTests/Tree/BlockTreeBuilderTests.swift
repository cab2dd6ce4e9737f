import Testing

@testable import KeepalivedConfig

@Suite struct BlockTreeBuilderTests {
    @Test func anExtraClosingBraceIsAnErrorAtTheBrace() {
        let parsed = ConfigTextFixture.parse("a {\n}\n  }\nb\n")
        #expect(ConfigTextFixture.messages(parsed) == ["extra '}' with no block to close"])
        #expect(parsed.diagnostics.first?.location?.line == 3)
        #expect(parsed.diagnostics.first?.location?.column == 3)
        #expect(ConfigTextFixture.outline(parsed.nodes) == ["a", "{", "}", "b"])
    }

    @Test func anUnclosedBlockIsAnErrorAtItsKeyword() {
        let parsed = ConfigTextFixture.parse("global_defs {\n}\n  vrrp_instance VI_1 {\n state MASTER\n")
        #expect(ConfigTextFixture.messages(parsed) == ["block 'vrrp_instance' is never closed (missing '}')"])
        let d = parsed.diagnostics.first
        #expect(d?.location?.line == 3)
        #expect(d?.location?.column == 3)
        #expect(d?.length == 13)
        #expect(d?.notes.first?.location?.column == 22)
        #expect(
            ConfigTextFixture.outline(parsed.nodes) == [
                "global_defs", "{", "}", "vrrp_instance VI_1", "{", "state MASTER", "}",
            ])
    }

    @Test func everyUnclosedBlockIsReportedOutermostFirst() {
        let parsed = ConfigTextFixture.parse("a {\nb {\nc\n")
        #expect(
            ConfigTextFixture.messages(parsed) == [
                "block 'a' is never closed (missing '}')", "block 'b' is never closed (missing '}')",
            ])
    }

    @Test func aBraceWithoutAKeywordIsAnErrorAndItsContentIsKept() {
        let parsed = ConfigTextFixture.parse("a {\n}\n{\n  b\n}\nc\n")
        #expect(ConfigTextFixture.messages(parsed) == ["unexpected '{' without a keyword before it"])
        #expect(parsed.diagnostics.first?.location?.line == 3)
        #expect(ConfigTextFixture.outline(parsed.nodes) == ["a", "{", "}", "b", "c"])
    }

    @Test func nestingPastTheLimitIsReportedOnceAndTheRestStillParses() {
        var limits = ParseLimits()
        limits.maxBlockDepth = 3
        let parsed = ConfigTextFixture.parse("a {\nb {\nc {\nd {\ne {\n}\n}\n}\n}\n}\nafter\n", limits: limits)
        #expect(
            ConfigTextFixture.messages(parsed) == [
                "blocks nested more than 3 deep; the contents of this block are ignored"
            ])
        #expect(parsed.diagnostics.first?.location?.line == 4)
        #expect(ConfigTextFixture.outline(parsed.nodes) == ["a", "{", "b", "{", "c", "{", "d", "}", "}", "}", "after"])
    }
}
