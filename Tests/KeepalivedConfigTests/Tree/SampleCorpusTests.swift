import Foundation
import Testing

@testable import KeepalivedConfig

/// Runs the parser over keepalived's own sample configurations (the directory `VIGIL_KEEPALIVED_SAMPLES`
/// names; skipped when it is unset).
@Suite(.enabled(if: CorpusFiles.keepalivedSamples != nil, CorpusFiles.samplesSkipped))
struct SampleCorpusTests {
    static let root = CorpusFiles.keepalivedSamples ?? ""

    /// Every regular file under the corpus, as (path, bytes).
    static func corpus() -> [(String, [UInt8])] {
        guard !root.isEmpty, let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [(String, [UInt8])] = []
        for case let relative as String in walker {
            let path = root + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: path)
            else { continue }
            files.append((path, [UInt8](data)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    static func parse(_ path: String, _ bytes: [UInt8]) -> ParsedConfigText {
        ConfigTextParser.parse(
            path: path, options: ParseOptions(configID: "high"),
            fileSystem: InMemoryFileSystem(fileBytes: [path: bytes]))
    }

    @Test func theCorpusIsPresent() {
        #expect(Self.corpus().count >= 25)
    }

    /// Shell scripts in the corpus are not configurations; they only have to parse without trapping.
    @Test func everySampleConfigurationParsesWithoutLexicalErrors() {
        for (path, bytes) in Self.corpus() {
            let parsed = Self.parse(path, bytes)
            if path.hasSuffix(".sh") { continue }
            #expect(
                parsed.diagnostics == [],
                "\(path): \(DiagnosticRenderer.render(parsed.diagnostics, sources: parsed.sources))")
            #expect(!parsed.nodes.isEmpty, "\(path) gave no statements")
        }
    }

    @Test func theConditionalSampleKeepsTheLinesForItsConfigID() {
        let path = Self.root + "/keepalived.conf.conditional_conf"
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record("missing \(path)")
            return
        }
        let parsed = Self.parse(path, [UInt8](data))
        #expect(parsed.statements.contains("priority 170"))
        #expect(!parsed.statements.contains("priority 85"))
        #expect(parsed.statements.contains("net_namespace high"))
    }
}
