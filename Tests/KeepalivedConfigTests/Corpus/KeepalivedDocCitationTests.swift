import Foundation
import Testing

/// Sources and tests cite keepalived's behaviour by section of Docs/Keepalived.md (written
/// "Docs/Keepalived.md §N.M", and in the older forms "reference section N.M", "reference §N.M",
/// "keepalived-behaviour N.M", "reference fact N" for §7.N): every cited section must exist.
@Suite struct KeepalivedDocCitationTests {
    /// The section numbers the headings of Docs/Keepalived.md define ("## 5.", "### 3.12").
    static func sections() throws -> Set<String> {
        let path = CorpusFiles.repository + "/Docs/Keepalived.md"
        let text = try #require(try? String(contentsOfFile: path, encoding: .utf8), "missing \(path)")
        var numbers: Set<String> = []
        for line in text.split(separator: "\n") {
            if let match = line.firstMatch(of: /^#{2,3} (\d+(?:\.\d+)?)[. ]/) { numbers.insert(String(match.1)) }
        }
        return numbers
    }

    /// Every cited section number in the Swift files under `directory`, with where it was cited.
    static func citations(under directory: String) -> [(number: String, place: String)] {
        let head = /(?:Docs\/Keepalived\.md`?|keepalived-behaviour(?:\.md)?`?|\b[Rr]eference)( fact | sections? | §| )§?(\d+(?:\.\d+)?)/
        let next = /^(?:, | and )(fact )?§?(\d+(?:\.\d+)?)/
        var found: [(String, String)] = []
        for path in CorpusFiles.files(under: directory, matching: { $0.hasSuffix(".swift") }) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            for match in text.matches(of: head) {
                let place = (path as NSString).lastPathComponent
                found.append((match.1 == " fact " ? "7.\(match.2)" : String(match.2), place))
                var rest = text[match.range.upperBound...]
                while let more = rest.firstMatch(of: next) {
                    found.append((more.1 == nil ? String(more.2) : "7.\(more.2)", place))
                    rest = rest[more.range.upperBound...]
                }
            }
        }
        return found
    }

    @Test func everySectionTheCodeCitesExists() throws {
        let sections = try Self.sections()
        let cited = ["Sources", "Tests", "Benchmarks"].flatMap { Self.citations(under: CorpusFiles.repository + "/" + $0) }
        #expect(cited.count >= 200)
        for (number, place) in cited where !sections.contains(number) {
            Issue.record("\(place) cites §\(number), which Docs/Keepalived.md does not have")
        }
    }

    @Test func everySectionNamesWhereItsFactsComeFrom() throws {
        let path = CorpusFiles.repository + "/Docs/Keepalived.md"
        let text = try #require(try? String(contentsOfFile: path, encoding: .utf8))
        let parts = text.components(separatedBy: "\n### ").dropFirst()
        #expect(parts.count >= 40)
        for part in parts where !part.hasPrefix("7.") {
            let title = part.prefix { $0 != "\n" }
            #expect(part.contains("*Sources: "), "§\(title) names no source")
        }
    }
}
