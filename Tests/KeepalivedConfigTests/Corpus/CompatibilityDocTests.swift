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
}
