import Foundation
import Testing

@testable import KeepalivedConfig

@Suite struct CompatibilityDocTests {
    static let rows: [CompatibilityTable.Row] = {
        let path = CorpusFiles.repository + "/Docs/Compatibility.md"
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return CompatibilityTable.rows(of: text)
    }()

    @Test func theDocumentListsEveryKeywordVigilReadsWithItsStatus() {
        #expect(!Self.rows.isEmpty, "Docs/Compatibility.md is missing or has no table rows")
        for block in KeywordCatalog.blocks {
            for (name, support) in block.keywords {
                let status: String
                switch support {
                case .supported: status = "supported"
                case .partial: status = "partial"
                case .unsupported: status = "not supported"
                }
                let row = Self.rows.first { $0.block == block.name && $0.keyword == name }
                #expect(
                    row?.status == status,
                    "\(block.name) / \(name): documented as \(row?.status ?? "nothing"), code says \(status)")
            }
        }
    }

    @Test func theDocumentListsNoKeywordTheCodeDoesNotKnow() {
        let known = Set(KeywordCatalog.blocks.flatMap { block in block.keywords.map { "\(block.name) / \($0.name)" } })
        let unknown = Self.rows.map { "\($0.block) / \($0.keyword)" }.filter { !known.contains($0) }
        #expect(unknown.isEmpty, "documented but unknown to the code: \(unknown)")
    }

    /// Docs/Keepalived.md §2.3 marks the keywords the seed configurations use; all of them must be supported.
    @Test(arguments: [
        "notification_email", "notification_email_from", "smtp_server", "smtp_connect_timeout", "router_id", "script",
        "interval", "weight", "rise", "fall", "group", "state", "interface", "virtual_router_id", "priority",
        "advert_int", "authentication", "virtual_ipaddress", "unicast_src_ip", "unicast_peer", "track_interface",
        "track_script", "delay_loop", "lb_algo", "lb_kind", "persistence_timeout", "protocol", "real_server",
        "TCP_CHECK", "HTTP_GET", "connect_timeout", "url", "path",
    ])
    func keywordsTheSeedsUseAreSupported(keyword: String) {
        let statuses = Set(Self.rows.filter { $0.keyword == keyword }.map(\.status))
        #expect(statuses == ["supported"], "\(keyword): \(statuses)")
    }

    /// The integration tests' sources, by path.
    static let integrationSources: [String: String] = {
        let directory = CorpusFiles.repository + "/Tests/IntegrationTests"
        var sources: [String: String] = [:]
        for path in CorpusFiles.files(under: directory, matching: { $0.hasSuffix(".swift") }) {
            sources[path] = try? String(contentsOfFile: path, encoding: .utf8)
        }
        return sources
    }()

    /// IntegrationTests/Support writes the global_defs and vrrp_instance blocks the VRRP suites use.
    static let supportSource: String =
        integrationSources.filter { $0.key.contains("/Support/") }.values.joined() + labSources

    /// The namespace labs in Sources/VigilLab, which write some tests' configurations (ECMPLab's `vigil_bgp`).
    static let labSources: String = CorpusFiles.files(
        under: CorpusFiles.repository + "/Sources/VigilLab", matching: { $0.hasSuffix(".swift") }
    ).compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }.joined()

    /// `word` as a configuration line writes it: first on a line of text, first in a quoted line (with its
    /// arguments, or alone when indented), or alone as an `extraLines`/`globals` entry.
    static func usesKeyword(_ word: String, in text: String) -> Bool {
        let patterns = [
            #"(?m)^[ \t]*WORD([ \t]|$)"#, #""[ \t]+WORD[ \t"]"#, #""WORD[ \t]"#, #"\\n[ \t]*WORD[ \t]"#,
            #"(globals|extraLines) *[:=] *\[?"WORD""#,
            // A config line that is the keyword alone, as one string of a list of lines.
            #""WORD""#,
        ]
        return patterns.contains { pattern in
            guard let regex = try? Regex(pattern.replacingOccurrences(of: "WORD", with: word)) else { return false }
            return text.contains(regex)
        }
    }

    @Test(arguments: DaemonKeywordTestTable.guestRows.map { "\($0.block) / \($0.keyword)" })
    func theNamedGuestScriptRunsInCIAndWritesTheKeyword(key: String) throws {
        let row = try #require(DaemonKeywordTestTable.guestRows.first { "\($0.block) / \($0.keyword)" == key })
        let script = try String(contentsOfFile: CorpusFiles.repository + "/" + row.script, encoding: .utf8)
        let runner = try String(contentsOfFile: CorpusFiles.repository + "/scripts/test-ipvs.sh", encoding: .utf8)
        #expect(runner.contains(row.script), "\(key): scripts/test-ipvs.sh does not run \(row.script)")
        #expect(script.contains(row.keyword), "\(key): \(row.script) does not write '\(row.keyword)'")
        let known = KeywordCatalog.blocks.first { $0.name == row.block }?.keywords.contains { $0.name == row.keyword }
        #expect(known == true, "\(key) is not a keyword vigil reads")
    }

    @Test func everySupportedKeywordNamesATestThatDrivesItThroughTheDaemon() {
        var rows: Set<String> = []
        for row in DaemonKeywordTestTable.rows { rows.insert("\(row.block) / \(row.keyword)") }
        for row in DaemonKeywordTestTable.guestRows { rows.insert("\(row.block) / \(row.keyword)") }
        for block in KeywordCatalog.blocks {
            for (name, support) in block.keywords where support == .supported {
                #expect(
                    rows.contains("\(block.name) / \(name)"),
                    "\(block.name) / \(name) is supported but no row of DaemonKeywordTestTable names its daemon-driven test")
            }
        }
    }

    @Test(arguments: DaemonKeywordTestTable.rows.map { "\($0.block) / \($0.keyword)" })
    func theNamedTestExistsAndUsesTheKeyword(key: String) throws {
        let row = try #require(DaemonKeywordTestTable.rows.first { "\($0.block) / \($0.keyword)" == key })
        let declaring = Self.integrationSources.filter { _, text in
            (text.contains("struct \(row.suite) ") || text.contains("struct \(row.suite):"))
                && text.contains("func \(row.test)(")
        }
        let (path, text) = try #require(
            declaring.first, "\(key): no test \(row.suite).\(row.test) in Tests/IntegrationTests")
        let block = row.via ?? row.block
        let uses = Self.usesKeyword(row.keyword, in: text) || Self.usesKeyword(row.keyword, in: Self.supportSource)
        #expect(uses, "\(key): \(path) does not write '\(row.keyword)'")
        if block != "top level" {
            let inBlock = text.contains(block) || Self.supportSource.contains(block)
            #expect(inBlock, "\(key): \(path) has no '\(block)' block")
        }
        let known = KeywordCatalog.blocks.first { $0.name == row.block }?.keywords.contains { $0.name == row.keyword }
        #expect(known == true, "\(key) is not a keyword vigil reads")
    }

    @Test func noKeywordAwaitsADaemonTestItHas() {
        for row in DaemonKeywordTestTable.rows {
            #expect(
                KeywordCatalog.awaitingDaemonTest[row.block]?.contains(row.keyword) != true,
                "\(row.block) / \(row.keyword) has a daemon-driven test: remove it from KeywordCatalog.awaitingDaemonTest")
        }
    }

    @Test func theDocumentSaysParsedOnlyNowhere() throws {
        let text = try String(contentsOfFile: CorpusFiles.repository + "/Docs/Compatibility.md", encoding: .utf8)
        #expect(!text.lowercased().contains("parsed only"))
        #expect(!text.lowercased().contains("parsed-only"))
    }
}
