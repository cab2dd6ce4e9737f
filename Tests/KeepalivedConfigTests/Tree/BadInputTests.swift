import NetworkPrimitives
import Testing

@testable import KeepalivedConfig

@Suite struct BadInputTests {
    @Test func aLineOfTheMaximumLengthIsAcceptedAndOneMoreIsAnError() {
        let fits = "k " + String(repeating: "a", count: 1020)
        let long = "k " + String(repeating: "b", count: 1021)
        let parsed = ConfigTextFixture.parse("\(fits)\n\(long)\nafter\n")
        #expect(parsed.statements == [fits, "after"])
        #expect(ConfigTextFixture.messages(parsed) == ["line too long (1023 bytes, at most 1022); the line is ignored"])
        #expect(parsed.diagnostics.first?.location?.line == 2)
        #expect(parsed.diagnostics.first?.location?.column == 1023)
    }

    @Test func aNulByteIsAnErrorAtItsColumnAndTheLineIsIgnored() {
        let bytes = Array("a 1\nb x\u{0}y\nc 3\n".utf8)
        let parsed = ConfigTextParser.parse(
            path: "/k.conf", options: ParseOptions(configID: "x"),
            fileSystem: InMemoryFileSystem(fileBytes: ["/k.conf": bytes]))
        #expect(parsed.statements == ["a 1", "c 3"])
        #expect(ConfigTextFixture.messages(parsed) == ["NUL byte in the configuration; the line is ignored"])
        #expect(parsed.diagnostics.first?.location == SourceLocation(file: "/k.conf", line: 2, column: 4))
    }

    @Test func invalidUTF8IsAnErrorAtItsByteAndTheTextIsDecodedLossily() {
        let bytes =
            Array("router_id caf".utf8) + [0xE9] + Array(" x\n# comment caf".utf8) + [0xE9, 0x0A] + Array("next\n".utf8)
        let parsed = ConfigTextParser.parse(
            path: "/k.conf", options: ParseOptions(configID: "x"),
            fileSystem: InMemoryFileSystem(fileBytes: ["/k.conf": bytes]))
        #expect(ConfigTextFixture.messages(parsed) == ["invalid UTF-8 byte 0xE9; it is read as U+FFFD"])
        #expect(parsed.diagnostics.first?.location == SourceLocation(file: "/k.conf", line: 1, column: 14))
        #expect(parsed.statements == ["router_id caf\u{FFFD} x", "next"])
        #expect(parsed.sources.line(file: "/k.conf", line: 1) == "router_id caf\u{FFFD} x")
    }

    @Test func aHundredMegabyteFileIsRefusedWithAnError() {
        let huge = [UInt8](repeating: UInt8(ascii: "a"), count: 100 << 20)
        let parsed = ConfigTextParser.parse(
            path: "/big.conf", options: ParseOptions(configID: "x"),
            fileSystem: InMemoryFileSystem(fileBytes: ["/big.conf": huge]))
        #expect(parsed.nodes == [])
        #expect(parsed.diagnostics.map(\.exitClass) == [.fatal])
        #expect(parsed.diagnostics.first?.message.contains("104857600 bytes") == true)
    }

    @Test func includedFilesCountTowardsATotalByteLimit() {
        var limits = ParseLimits()
        limits.maxTotalBytes = 100
        let body = String(repeating: "x\n", count: 30)
        let parsed = ConfigTextFixture.parse(
            "include a.conf\ninclude b.conf\n",
            files: ["/etc/keepalived/a.conf": body, "/etc/keepalived/b.conf": body],
            limits: limits)
        #expect(parsed.statements.count == 30)
        #expect(ConfigTextFixture.messages(parsed).count == 1)
    }

    @Test func tenThousandNestedBlocksFinishWithErrors() {
        let text = String(repeating: "a {\n", count: 10_000)
        let parsed = ConfigTextFixture.parse(text)
        #expect(parsed.hasErrors)
        #expect(
            ConfigTextFixture.messages(parsed).first
                == "blocks nested more than 128 deep; the contents of this block are ignored")
        #expect(parsed.diagnostics.count <= 1 + 1 + 128)
    }

    @Test func tenThousandNestedBlocksThatCloseGiveOneError() {
        let text = String(repeating: "a {\n", count: 10_000) + String(repeating: "}\n", count: 10_000) + "after\n"
        let parsed = ConfigTextFixture.parse(text)
        #expect(
            ConfigTextFixture.messages(parsed) == [
                "blocks nested more than 128 deep; the contents of this block are ignored"
            ])
        #expect(parsed.nodes.map(\.keyword.text) == ["a", "after"])
    }

    @Test func anIncludeExplosionStopsAtTheFileLimit() {
        var files: [String: String] = [:]
        for level in 0..<20 {
            files["/etc/keepalived/l\(level).conf"] = "x\ninclude l\(level + 1).conf\ninclude l\(level + 1).conf\n"
        }
        var limits = ParseLimits()
        limits.maxIncludedFiles = 200
        let parsed = ConfigTextFixture.parse("include l0.conf\n", files: files, limits: limits)
        #expect(ConfigTextFixture.messages(parsed).filter { $0.contains("configuration files opened") }.count == 1)
        #expect(parsed.statements.count < 200)
    }

    @Test func aDeepIncludeChainStopsAtTheDepthLimit() {
        var files: [String: String] = [:]
        for level in 0..<50 { files["/etc/keepalived/d\(level).conf"] = "include d\(level + 1).conf\n" }
        let parsed = ConfigTextFixture.parse("include d0.conf\n", files: files)
        #expect(ConfigTextFixture.messages(parsed) == ["includes nested more than 32 deep; include ignored"])
    }

    @Test func aBraceExplosionInAnIncludeIsAnError() {
        let pattern = String(repeating: "{a,b}", count: 20)
        let parsed = ConfigTextFixture.parse("include \(pattern)\n")
        #expect(ConfigTextFixture.messages(parsed).first?.hasSuffix("expands to more than 1024 patterns") == true)
    }

    @Test func aHugeSequenceStopsAtTheLineLimit() {
        var limits = ParseLimits()
        limits.maxLines = 5000
        let parsed = ConfigTextFixture.parse("~SEQ(i, 1, 9223372036854775807) x$i\n", limits: limits)
        #expect(parsed.statements.count == 5000)
        #expect(ConfigTextFixture.messages(parsed) == ["the configuration expands to more than 5000 lines; stopping"])
    }

    @Test func sequencesAtTheEndsOfTheIntegerRangeDoNotOverflow() {
        let parsed = ConfigTextFixture.parse(
            "~SEQ(i, 9223372036854775806, 9223372036854775807) x$i\n"
                + "~SEQ(j, -9223372036854775807, -1, -9223372036854775808) y$j\n")
        #expect(
            parsed.statements == [
                "x9223372036854775806", "x9223372036854775807", "y-9223372036854775807", "y-9223372036854775808",
            ])
    }

    @Test func diagnosticsStopGrowingAtTheLimit() {
        let parsed = ConfigTextFixture.parse(String(repeating: "}\n", count: 2000))
        #expect(parsed.diagnostics.count == 1001)
        #expect(parsed.diagnostics.last?.message == "1000 more diagnostics not shown (limit 1000)")
    }

    @Test func aMegabyteOfBinaryGarbageFinishesWithErrors() {
        var random = SplitMix64(seed: 7)
        let garbage = (0..<(1 << 20)).map { _ in UInt8.random(in: 0...255, using: &random) }
        let parsed = ConfigTextParser.parse(
            path: "/g.conf", options: ParseOptions(configID: "x"),
            fileSystem: InMemoryFileSystem(fileBytes: ["/g.conf": garbage]))
        #expect(parsed.hasErrors)
        #expect(parsed.diagnostics.count <= 1001)
    }

    /// Random text over the characters the preprocessor treats specially: it must never trap.
    @Test(arguments: 0..<300)
    func randomConfigurationTextNeverTraps(seed: Int) {
        let alphabet = Array("ab \t\n\n{}{}\"\"$$=\\#!@^~,()0x9_SEQLSTinclude/*?[]-".utf8) + [0, 0xFF, 0xC3]
        let words = [
            "~SEQ(i,1,3) ", "~LST({a,b},{1,2}) ", "$A=", "$B= \\\n", "${A}", "$A ", "@x ", "@^x ", "include ",
            "${_RANDOM 1 2}", "${_ENV A}", "\"", "{", "}", "\\\n", "include_check\n", "includea *\n",
        ]
        var random = SplitMix64(seed: UInt64(seed))
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 1...400, using: &random) {
            if Bool.random(using: &random) {
                bytes.append(alphabet[Int.random(in: 0..<alphabet.count, using: &random)])
            } else {
                bytes += Array(words[Int.random(in: 0..<words.count, using: &random)].utf8)
            }
        }
        var limits = ParseLimits()
        limits.maxLines = 20_000
        let files = ["/etc/k/k.conf": bytes, "/etc/k/a": bytes.reversed()]
        let parsed = ConfigTextParser.parse(
            path: "/etc/k/k.conf", options: ParseOptions(configID: "x", limits: limits),
            fileSystem: InMemoryFileSystem(fileBytes: files))
        _ = DiagnosticRenderer.render(parsed.diagnostics, sources: parsed.sources)
        #expect(parsed.diagnostics.count <= limits.maxDiagnostics + 1)
    }
}
