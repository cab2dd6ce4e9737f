import Testing

@testable import KeepalivedConfig

@Suite struct VirtualRuleParserTests {
    @Test func rulesWithoutAPreferenceAreNumberedDownFrom16384PerFamily() throws {
        let text =
            "static_rules {\n from 192.168.100.0/24 table 1\n}\n"
            + ModelFixture.instance(
                "virtual_rules {\n from 192.168.200.0/24 table 2\n to 2001:db8::/32 table 3\n"
                    + " from 10.0.0.0/8 lookup 4 preference 100\n}")
        let result = ModelFixture.load(text)
        #expect(result.configuration.staticAddressing.rules.first?.preference == 16384)
        let rules = try #require(result.instance?.addresses.virtualRules)
        #expect(rules.map(\.preference) == [16383, 16384, 100])
        #expect(rules[1].family == .inet6)
        #expect(result.diagnostics.filter { $0.message.contains("has no 'preference'") }.count == 3)
    }

    @Test func anInvalidAddressDropsTheRuleAsKeepalivedDoes() {
        let result = ModelFixture.load(ModelFixture.instance("virtual_rules {\n to 192.168.200./24 table 2\n}"))
        #expect(result.diagnostic("'192.168.200./24' is not a valid 'to' address")?.severity == .error)
        #expect(result.instance?.addresses.virtualRules.isEmpty == true)
    }
}
