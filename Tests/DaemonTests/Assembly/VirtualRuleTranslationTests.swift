import Engine
import KeepalivedConfig
import NetworkPrimitives
import Testing

@testable import Daemon

@Suite struct VirtualRuleTranslationTests {
    static func rules(_ lines: String) -> [VirtualRule] {
        let text = DaemonSupportAuditTests.instance("virtual_rules {\n\(lines)\n}")
        let path = "/etc/keepalived/keepalived.conf"
        let result = KeepalivedConfigLoader.load(
            path: path, options: ParseOptions(configID: "lb1"), fileSystem: InMemoryFileSystem(files: [path: text]))
        return result.configuration.vrrpInstances.first?.addresses.virtualRules ?? []
    }

    @Test func selectorsPreferenceAndATableBecomeTheInstalledRule() {
        let rules = Self.rules(
            "not from 10.0.0.0/24 to 10.9.0.0/16 iif eth0 oif eth1 fwmark 0x10/0xff preference 100 table main")
        var expected = VirtualRuleEntry(
            family: .inet, from: IPPrefix("10.0.0.0/24"), to: IPPrefix("10.9.0.0/16"), preference: 100,
            inputInterface: "eth0", outputInterface: "eth1", firewallMark: 16, firewallMask: 255, action: .table(254))
        expected.inverted = true
        #expect(rules.map(VirtualRuleTranslation.translate) == [.entry(expected)])
    }

    @Test func actionsAndWhatIsNotInstalled() {
        let outcomes = Self.rules(
            """
            from 10.1.0.0/24 preference 10 goto 300
            to 10.2.0.0/24 preference 11 blackhole
            from 10.3.0.0/24 preference 12 table 100 uidrange 1-2
            from 10.4.0.0/24 preference 13 table vpn
            from 10.5.0.0/24 preference 14 nat
            """
        ).map(VirtualRuleTranslation.translate)
        #expect(
            outcomes == [
                .entry(VirtualRuleEntry(family: .inet, from: IPPrefix("10.1.0.0/24"), preference: 10, action: .goto(300))),
                .entry(VirtualRuleEntry(family: .inet, to: IPPrefix("10.2.0.0/24"), preference: 11, action: .blackhole)),
                .unsupported("'uidrange'"), .unsupported("table 'vpn'"), .unsupported("'nat'"),
            ])
    }
}
