import Foundation
import Testing

@testable import KeepalivedConfig

/// The configurations of the deployment write-ups the project started from (Examples/seeds): each loads
/// with only the findings keepalived itself reports, and its normalized JSON is pinned in
/// Tests/KeepalivedConfigTests/Fixtures/seeds. Set VIGIL_UPDATE_GOLDENS=1 to rewrite the golden files.
@Suite struct SeedConfigTests {
    static let seedDirectory = CorpusFiles.repository + "/Examples/seeds"
    static let goldenDirectory = CorpusFiles.repository + "/Tests/KeepalivedConfigTests/Fixtures/seeds"

    static var seeds: [String] {
        CorpusFiles.files(under: seedDirectory) { $0.hasSuffix(".conf") }.map { ($0 as NSString).lastPathComponent }
    }

    /// What keepalived reports for each seed (besides host checks such as missing interfaces): line and
    /// message fragment of every diagnostic vigil must give.
    static let expectedFindings: [String: [Finding]] = [
        "000-lvs-nat-two-vips.conf": [
            Finding(8, "'lvs_id' was removed from keepalived"),
            Finding(30, "'auth_pass' is longer than 8 bytes"),
            Finding(39, "tracking the instance's own interface 'enp0s3'"),
            Finding(50, "'auth_pass' is longer than 8 bytes"),
            Finding(59, "tracking the instance's own interface 'enp0s8'"),
            Finding(62, "has no 'protocol'; keepalived uses UDP"),
        ]
    ]

    @Test func everySeedWriteUpWithAConfigurationHasBeenExtracted() {
        #expect(Self.seeds.count == 7)
        #expect(Set(Self.seeds.map { String($0.prefix(3)) }) == ["000", "001", "003", "004"])
    }

    @Test(arguments: seeds)
    func theSeedLoadsWithOnlyTheFindingsKeepalivedReports(name: String) throws {
        let result = try #require(CorpusFiles.load(Self.seedDirectory + "/" + name))
        let expected = Self.expectedFindings[name] ?? []
        try Finding.expectExactly(expected, in: result)
        #expect(result.configuration.vrrpInstances.count >= 1)
    }

    @Test(arguments: seeds)
    func theSeedsNormalizedJSONMatchesItsGoldenFile(name: String) throws {
        let result = try #require(CorpusFiles.load(Self.seedDirectory + "/" + name))
        let json = result.configuration.jsonValue.rendered() + "\n"
        let golden = Self.goldenDirectory + "/" + name.replacingOccurrences(of: ".conf", with: ".json")
        if ProcessInfo.processInfo.environment["VIGIL_UPDATE_GOLDENS"] == "1" {
            try json.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        let pinned = try String(contentsOfFile: golden, encoding: .utf8)
        #expect(json == pinned, "normalized JSON of \(name) differs from \(golden)")
    }
}

/// A diagnostic a corpus test expects: its line and a fragment of its message.
struct Finding: Hashable, CustomStringConvertible {
    var line: Int
    var fragment: String

    init(_ line: Int, _ fragment: String) {
        self.line = line
        self.fragment = fragment
    }

    var description: String { "line \(line): \(fragment)" }

    /// Every expected finding is reported at its line, and every other diagnostic is a warning about a
    /// keyword Docs/Compatibility.md lists as not supported.
    static func expectExactly(_ expected: [Finding], in result: ConfigLoadResult) throws {
        var unmatched = result.diagnostics
        for finding in expected {
            let index = unmatched.firstIndex {
                $0.location?.line == finding.line && $0.message.contains(finding.fragment)
            }
            #expect(index != nil, "missing \(finding)\n\(result.renderedDiagnostics)")
            if let index { unmatched.remove(at: index) }
        }
        let unsupported = CorpusFiles.unsupportedKeywordsInDocumentation()
        for diagnostic in unmatched {
            let keyword =
                diagnostic.message.split(separator: "'", omittingEmptySubsequences: false).dropFirst().first.map(
                    String.init) ?? ""
            let allowed =
                diagnostic.severity == .warning && diagnostic.exitClass == .none
                && diagnostic.message.hasSuffix("is not supported by vigil") && unsupported.contains(keyword)
            #expect(allowed, "unexpected: \(DiagnosticRenderer.render(diagnostic, sources: result.sources))")
        }
    }
}
