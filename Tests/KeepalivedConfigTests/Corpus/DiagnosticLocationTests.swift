import Foundation
import Testing

@testable import KeepalivedConfig

/// The fuzz target's invariant (Fuzz/ConfigLoader) as a test: every diagnostic and note points at a line
/// and column that exist in the file it names, for the corpus and for hostile inputs.
@Suite struct DiagnosticLocationTests {
    static let hostileInputs: [String] = [
        "", "{", "}", "\n\n}\n{", "vrrp_instance", "vrrp_instance {", "vrrp_instance A {\n",
        "virtual_server 10.0.0.1 80 {\n real_server 10.0.0.2 {\n HTTP_GET {\n url {\n",
        "vrrp_instance A { state Master priority 999 virtual_router_id 0 advert_int -1 }",
        "vrrp_script s { script \"unterminated\n}", "global_defs { notification_email { \n",
        "vrrp_sync_group G { group { A A A } }\nvrrp_instance A { interface eth0 virtual_router_id 1 }\n",
        "$X=vrrp_instance B { virtual_router_id 300 }\n$X\n$X\n",
        "~SEQ(i, 1, 3) vrrp_instance I$i { interface eth0 virtual_router_id 7 virtual_ipaddress { 10.0.0.$i } }",
        "virtual_server group G { real_server ::1 { } }", "static_routes { via via via }",
        "vrrp_instance A { virtual_ipaddress { 10.0.0.1/99 brd dev label peer } }",
        String(repeating: "vrrp_instance X {\n", count: 40), "\u{00}\u{ff}\u{fe}garbage\u{07}",
    ]

    static func check(_ result: ConfigLoadResult, files: [String: [UInt8]]) {
        for diagnostic in result.diagnostics {
            for location in [diagnostic.location] + diagnostic.notes.map(\.location) {
                guard let location else { continue }
                let lines = (files[location.file] ?? []).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                let inside = location.line >= 1 && location.line <= lines.count
                    && location.column >= 1 && location.column <= lines[location.line - 1].count + 1
                #expect(inside, "\(location) is outside the input: \(diagnostic.message)")
            }
        }
    }

    @Test(arguments: hostileInputs)
    func diagnosticsOfHostileInputsPointInsideTheInput(text: String) {
        let bytes = Array(text.utf8)
        let files = ["/f/main.conf": Array("include /f/second.conf\n".utf8) + bytes, "/f/second.conf": bytes]
        let result = KeepalivedConfigLoader.load(
            path: "/f/main.conf", options: ParseOptions(configID: "x"), fileSystem: InMemoryFileSystem(fileBytes: files))
        Self.check(result, files: files)
    }

    @Test func diagnosticsOfTheCorpusPointInsideTheirFiles() {
        let paths = KeepalivedSampleTests.samples
            + CorpusFiles.files(under: SeedConfigTests.seedDirectory) { $0.hasSuffix(".conf") }
            + FeatureCorpusTests.files
        #expect(paths.count >= 35)
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path), let result = CorpusFiles.load(path) else {
                Issue.record("cannot read \(path)")
                continue
            }
            Self.check(result, files: [path: [UInt8](data)])
        }
    }
}
