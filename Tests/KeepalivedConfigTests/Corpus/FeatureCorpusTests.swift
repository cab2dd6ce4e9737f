import Foundation
import Testing

@testable import KeepalivedConfig

/// The configurations the project wrote for the features it supports (Examples/features): each loads
/// with no diagnostic at all, and together they write every keyword vigil supports in every block.
@Suite struct FeatureCorpusTests {
    static let files: [String] = CorpusFiles.files(under: CorpusFiles.features) { $0.hasSuffix(".conf") }

    /// The configs are written for the director whose id is lb1 (the conditional one has lines for both).
    static func load(_ path: String) throws -> ConfigLoadResult {
        try #require(CorpusFiles.load(path, configID: "lb1"), "cannot read \(path)")
    }

    @Test func theCorpusHoldsAConfigForEachFeature() {
        #expect(Self.files.count >= 35)
    }

    @Test(arguments: files)
    func theConfigLoadsWithNoDiagnostic(path: String) throws {
        let result = try Self.load(path)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        #expect(result.exitStatus == 0)
        let configuration = result.configuration
        #expect(
            !configuration.vrrpInstances.isEmpty || !configuration.virtualServers.isEmpty
                || configuration.staticAddressing != StaticAddressing(),
            "\(path) configures nothing")
    }

    /// Block name -> the keywords written directly inside such a block, over the whole corpus.
    static func keywordsByBlock() throws -> [String: Set<String>] {
        var used: [String: Set<String>] = [:]
        func walk(_ nodes: [ConfigNode], in block: String) {
            for node in nodes {
                used[block, default: []].insert(node.keyword.text)
                if let children = node.children { walk(children, in: node.keyword.text) }
            }
        }
        for path in files {
            let data = try #require(FileManager.default.contents(atPath: path))
            let parsed = ConfigTextParser.parse(
                path: path, options: ParseOptions(configID: "lb1"),
                fileSystem: InMemoryFileSystem(fileBytes: [path: [UInt8](data)]))
            walk(parsed.nodes, in: "top level")
        }
        return used
    }

    @Test func everyBlockVigilReadsIsUsedWithAKeywordItSupports() throws {
        let used = try Self.keywordsByBlock()
        for block in KeywordCatalog.blocks {
            let supported = Set(block.keywords.filter { !$0.support.isUnsupported }.map(\.name))
            guard !supported.isEmpty else { continue }
            let written = used[block.name] ?? []
            #expect(!written.isDisjoint(with: supported), "no feature config uses a supported keyword of \(block.name)")
        }
    }

    /// Supported keywords the corpus leaves out on purpose, as "block / keyword", with the reason.
    static let leftOut: [String: String] = [
        "top level / vrrp_track_file": "the deprecated spelling of track_file: writing it draws a warning"
    ]

    @Test func everySupportedKeywordIsWrittenInAFeatureConfig() throws {
        let used = try Self.keywordsByBlock()
        var missing: [String] = []
        for block in KeywordCatalog.blocks {
            for (name, support) in block.keywords where support == .supported {
                let key = "\(block.name) / \(name)"
                if used[block.name]?.contains(name) != true, Self.leftOut[key] == nil { missing.append(key) }
            }
        }
        #expect(missing.isEmpty, "supported keywords no feature config writes: \(missing)")
    }

    @Test func thePreprocessorFeaturesExpandAsWritten() throws {
        let conditional = try Self.load(CorpusFiles.features + "/22-conditional-lines.conf").configuration
        #expect(conditional.globalDefinitions.routerID == "lb1")
        #expect(conditional.vrrpInstances.map(\.priority) == [150])
        let defined = try Self.load(CorpusFiles.features + "/23-definitions.conf").configuration
        #expect(defined.vrrpInstances.first?.interface?.description == "eth0")
        #expect(defined.vrrpInstances.map(\.priority) == [100])
        let sequence = try Self.load(CorpusFiles.features + "/24-sequence.conf").configuration
        #expect(sequence.virtualServers.first?.realServers.count == 8)
    }
}
