import Foundation
import TestFiles
import Testing

@testable import KeepalivedConfig

/// Paths of the repository and the corpora, and loading of files from disk through the pure loader.
enum CorpusFiles {
    /// The repository root.
    static let repository = RepositoryFiles.root

    /// keepalived's own sample configurations (`RepositoryFiles.keepalivedSamples`); nil skips.
    static let keepalivedSamples = RepositoryFiles.keepalivedSamples

    /// Why the suites over keepalived's samples did not run, as the test report shows it.
    static let samplesSkipped = Comment(rawValue: RepositoryFiles.samplesSkippedReason)

    /// The configurations the project wrote for each feature it supports (Examples/features).
    static let features = repository + "/Examples/features"

    /// Loads a file from disk through `InMemoryFileSystem`, so the test exercises the pure loader only.
    static func load(_ path: String, configID: String = "lb1") -> ConfigLoadResult? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return KeepalivedConfigLoader.load(
            path: path, options: ParseOptions(configID: configID),
            fileSystem: InMemoryFileSystem(fileBytes: [path: [UInt8](data)]))
    }

    /// Regular files under `directory` whose name matches `include`, sorted, as full paths.
    static func files(under directory: String, matching include: (String) -> Bool) -> [String] {
        RepositoryFiles.files(under: directory, matching: include)
    }

    /// The keywords Docs/Compatibility.md lists as not supported.
    static func unsupportedKeywordsInDocumentation() -> Set<String> {
        guard let text = try? String(contentsOfFile: repository + "/Docs/Compatibility.md", encoding: .utf8) else {
            return []
        }
        var keywords: Set<String> = []
        for row in CompatibilityTable.rows(of: text) where row.status == "not supported" {
            keywords.insert(row.keyword)
        }
        return keywords
    }
}

/// Rows of the keyword tables of Docs/Compatibility.md: `| `keyword` | status | notes |` under `## block`.
enum CompatibilityTable {
    struct Row: Hashable {
        var block: String
        var keyword: String
        var status: String
    }

    /// The rows of the sections named after the blocks vigil reads (the other tables list word forms).
    static func rows(of text: String) -> [Row] {
        let blocks = Set(KeywordCatalog.blocks.map(\.name))
        var block = ""
        var rows: [Row] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                block = String(line.dropFirst(3))
                continue
            }
            guard blocks.contains(block) else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count >= 4, cells[1].hasPrefix("`"), cells[1].hasSuffix("`"), cells[1].count > 2 else {
                continue
            }
            rows.append(Row(block: block, keyword: String(cells[1].dropFirst().dropLast()), status: cells[2]))
        }
        return rows
    }
}
