import Testing

@testable import KeepalivedConfig

@Suite struct KeywordSuggesterTests {
    @Test(arguments: [
        ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3), ("priority", "priority", 0),
        ("priorty", "priority", 1),
        ("virtual_router", "virtual_router_id", 3),
    ])
    func editDistanceCountsInsertionsDeletionsAndSubstitutions(lhs: String, rhs: String, distance: Int) {
        #expect(KeywordSuggester.editDistance(lhs, rhs) == distance)
    }

    @Test(
        arguments: [
            ("virtual_ipadress", "virtual_ipaddress"), ("advert_intt", "advert_int"), ("nopremept", "nopreempt"),
            ("STATE", nil), ("xyz", nil),
        ] as [(String, String?)])
    func suggestionsComeFromTheBlocksOwnKeywords(word: String, expected: String?) {
        let candidates = VRRPInstanceReader.table.keywords.map(\.name)
        #expect(KeywordSuggester.suggestion(for: word, among: candidates) == expected)
    }
}
